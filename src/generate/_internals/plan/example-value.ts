import fc from 'fast-check';
import type { CompiledSchema } from '../../../schema/types.ts';
import { validArbitrary } from '../../valid-arbitrary.ts';
import { rootContext } from '../gen-context.ts';
import { jsonRoundTrip } from '../json-value.ts';
import { minimalValue } from '../minimal-value.ts';

const SAMPLES = 30;

/**
 * A deterministic valid value: the schema's smallest readable value when valid and `prefer`red, else the first
 * preferred sample for the seed, else the first valid one; undefined when none can be built.
 */
export function exampleValue(
  schema: CompiledSchema,
  seed: number,
  prefer: (value: unknown) => boolean = () => true,
): unknown {
  const minimal = jsonRoundTrip(minimalValue(schema.schema, rootContext(schema)));
  const isValid = (value: unknown): boolean => value !== undefined && schema.validate(value).length === 0;
  if (isValid(minimal) && prefer(minimal)) return minimal;
  let samples: unknown[];
  try {
    samples = fc.sample(validArbitrary(schema), { seed, numRuns: SAMPLES }).map(jsonRoundTrip);
  } catch {
    samples = [];
  }
  return (
    samples.find((value) => isValid(value) && prefer(value)) ??
    (isValid(minimal) ? minimal : samples.find(isValid))
  );
}
