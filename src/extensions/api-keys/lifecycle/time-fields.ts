import { isJsonMediaType } from '../../../core/media-type.ts';
import type { CompiledOperation, CompiledSchema } from '../../../schema/types.ts';
import { numericProperty, type NumericProperty } from './numeric-property.ts';

/** A request property holding a point in time or a duration, and how to write milliseconds into it. */
export interface TimeField {
  name: string;
  /** Milliseconds to the property's unit, rounded up for integers. */
  fromMs(ms: number): number;
  /** The property's unit in milliseconds. */
  unitMs: number;
  minimum?: number;
  maximum?: number;
  /** The smallest and largest values the schema allows, when it bounds them. */
  lowest?: number;
  highest?: number;
}

const UNITS: [RegExp, number][] = [
  [/milli|(^|[^a-z])ms([^a-z]|$)/i, 1],
  [/second/i, 1000],
  [/minute/i, 60_000],
  [/hour/i, 3_600_000],
  [/day/i, 86_400_000],
];

/** The body schema of an operation's JSON request, if any. */
export function requestSchemaOf(operation: CompiledOperation): CompiledSchema | undefined {
  return operation.requestBody?.media.find((media) => isJsonMediaType(media.mediaType))?.schema;
}

function field(name: string, unitMs: number, property: NumericProperty): TimeField {
  return {
    lowest: property.lowest,
    highest: property.highest,
    name,
    unitMs,
    fromMs: (ms) => Math.ceil(ms / unitMs),
    minimum: property.minimum,
    maximum: property.maximum,
  };
}

/**
 * The expiry of a key (`expiresAt`, `expires_at`...): epoch milliseconds unless its name or description says
 * seconds. Taken from the document's words, so the steps that use it are description-derived.
 */
export function expiryField(operation: CompiledOperation): TimeField | undefined {
  const property = numericProperty(requestSchemaOf(operation), /expir/i);
  if (property === undefined) return undefined;
  const seconds =
    /second/i.test(`${property.name} ${property.description}`) && !/milli/i.test(property.description);
  return field(property.name, seconds ? 1000 : 1, property);
}

/** A grace period (`gracePeriodMinutes`...), its unit read from its name or description; undefined if unknown. */
export function graceField(operation: CompiledOperation): TimeField | undefined {
  const property = numericProperty(requestSchemaOf(operation), /grace/i);
  if (property === undefined) return undefined;
  const unit =
    UNITS.find(([words]) => words.test(property.name)) ??
    UNITS.find(([words]) => words.test(property.description));
  return unit === undefined ? undefined : field(property.name, unit[1], property);
}
