import fc from 'fast-check';
import { getAtPointer } from '../../core/json-pointer.ts';
import { describeSchemaError } from '../../schema/describe-schema-error.ts';
import { failsOnlyFor } from '../../schema/fails-only-for.ts';
import type { CompiledSchema } from '../../schema/types.ts';
import type { InvalidValue, Reason } from '../types.ts';
import { boundedFilter, catching } from './bounded-filter.ts';
import { markFormatOnly } from './format-only.ts';
import type { NodeMutation } from './mutations/node-mutation.ts';

const TRIAL_SEED = 0x5eed;
const FIRST_TRIALS = 2;

/** A mutation as reported: kept, or not with the reason it could not be made to fail alone. */
export interface MutationReport {
  reason: Reason;
  kept: boolean;
  why?: string;
}

/** An invalid value as received (checked, described) and as generated (`sent`, for a parameter's text). */
export interface SentInvalidValue extends InvalidValue {
  sent: unknown;
}

export interface Trial {
  /** Samples tried before the mutation is declared impossible. */
  trials: number;
  /** What the server receives from a value; undefined when it cannot be sent. */
  receive: (value: unknown) => unknown;
}

export interface CheckedMutation {
  report: MutationReport;
  /** Values that fail for the mutation's reason alone (checked again on every sample); undefined if none. */
  arbitrary?: fc.Arbitrary<SentInvalidValue>;
}

interface Sample {
  sent: unknown;
  value: unknown;
}

/**
 * Decides, with a few samples of fixed seeds, whether a mutation can fail for its reason alone; when it can,
 * its values filtered by the oracle (the same ajv validator, after the trip to the server).
 */
export function checkedMutation(
  schema: CompiledSchema,
  mutation: NodeMutation,
  trial: Trial,
): CheckedMutation {
  const { reason } = mutation;
  const { trials, receive } = trial;
  if (mutation.value === undefined)
    return { report: { reason, kept: false, why: mutation.why ?? 'not generated' } };
  const failsAlone = ({ value }: Sample): boolean =>
    value !== undefined && failsOnlyFor(schema.validate(value), reason);
  const received = catching(mutation.value).map((sent): Sample => ({ sent, value: receive(sent) }));
  // A few trials first: most mutations hold at once, and a large document has thousands of them.
  const first = fc.sample(received, { seed: TRIAL_SEED, numRuns: Math.min(FIRST_TRIALS, trials) });
  const more = (): Sample[] =>
    fc.sample(received, { seed: TRIAL_SEED + 1, numRuns: Math.max(0, trials - FIRST_TRIALS) });
  const samples = first.some(failsAlone) ? first : [...first, ...more()];
  if (!samples.some(failsAlone))
    return { report: { reason, kept: false, why: whyNot(schema, samples, trials) } };
  const label = ({ sent, value }: Sample): SentInvalidValue => {
    const described = mutation.describe
      ? { ...reason, description: mutation.describe(getAtPointer(value, reason.instancePath)) }
      : reason;
    return { value, sent, reason: markFormatOnly(schema, value, described, schema.validate(value)) };
  };
  const arbitrary = boundedFilter(
    received,
    failsAlone,
    `invalidArbitrary(${schema.pointer}) ${reason.schemaPath}`,
  ).map(label);
  return { report: { reason, kept: true }, arbitrary };
}

function whyNot(schema: CompiledSchema, samples: Sample[], trials: number): string {
  const sendable = samples.filter((sample) => sample.value !== undefined);
  if (sendable.length === 0) return `none of ${trials} trial values can be sent`;
  const errors = sendable.map(({ value }) => schema.validate(value));
  if (errors.every((list) => list.length === 0)) return `all ${trials} trial values were valid`;
  const others = new Set(errors.flat().map(describeSchemaError));
  return `no trial value failed for this reason alone; seen: ${[...others].slice(0, 3).join('; ')}`;
}
