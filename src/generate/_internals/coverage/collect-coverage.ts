import { failsOnlyFor } from '../../../schema/fails-only-for.ts';
import type { CompiledSchema } from '../../../schema/types.ts';
import type { CoverageValue, ReasonLocation } from '../../types.ts';
import { rootContext } from '../gen-context.ts';
import { jsonRoundTrip } from '../json-value.ts';
import { rootSite } from '../mutations/node-mutation.ts';
import { spendPlanningTime } from '../planning-budget.ts';
import { markFormatOnly } from '../format-only.ts';
import { coverageOf } from './coverage-of.ts';

export interface CoverageOptions {
  maxDepth?: number;
  location?: ReasonLocation;
  /** What the value is called in notes (a parameter's name); the location by default. */
  name?: string;
  /** What the server receives from a value (default: its JSON round trip); undefined: it cannot be sent. */
  receive?: (value: unknown) => unknown;
}

export interface CollectedCoverage {
  values: CoverageValue[];
  /** Boundary values that did not hold their expectation (valid ones that fail, invalid ones failing otherwise). */
  dropped: { note: string; expect: CoverageValue['expect'] }[];
}

/** Every boundary value of the schema, JSON round-tripped, checked against the validator, each once. */
export function collectCoverage(schema: CompiledSchema, options: CoverageOptions = {}): CollectedCoverage {
  const candidates = coverageOf(
    schema.schema,
    { ...rootSite(options.location ?? 'body', options.name), walked: new Set() },
    rootContext(schema, options.maxDepth),
  );
  const receive = options.receive ?? jsonRoundTrip;
  const seen = new Set<string>();
  const values: CoverageValue[] = [];
  const dropped: CollectedCoverage['dropped'] = [];
  for (const candidate of candidates) {
    spendPlanningTime();
    const value = receive(candidate.value);
    const key = `${candidate.expect} ${JSON.stringify(value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const errors = value === undefined ? [] : schema.validate(value);
    const holds =
      value !== undefined &&
      (candidate.reason ? failsOnlyFor(errors, candidate.reason) : errors.length === 0);
    if (!holds) {
      if (candidate.probe === true) continue;
      dropped.push({ note: candidate.note, expect: candidate.expect });
      continue;
    }
    values.push(
      candidate.reason
        ? {
            value,
            expect: candidate.expect,
            reason: markFormatOnly(schema, value, candidate.reason, errors),
            note: candidate.note,
          }
        : { value, expect: candidate.expect, note: candidate.note },
    );
  }
  return { values, dropped };
}
