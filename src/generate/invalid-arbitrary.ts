import fc from 'fast-check';
import { getAtPointer } from '../core/json-pointer.ts';
import { failsOnlyFor } from '../schema/fails-only-for.ts';
import { describeSchemaError } from '../schema/describe-schema-error.ts';
import type { CompiledSchema } from '../schema/types.ts';
import { boundedFilter, catching } from './_internals/bounded-filter.ts';
import { rootContext } from './_internals/gen-context.ts';
import { jsonRoundTrip } from './_internals/json-value.ts';
import { rootSite, type NodeMutation } from './_internals/mutations/node-mutation.ts';
import { nodeMutations } from './_internals/mutations/node-mutations.ts';
import type { InvalidValue, Reason, ReasonLocation } from './types.ts';

export interface InvalidArbitraryOptions {
  maxDepth?: number;
  /** Where the value goes in the request (default `body`). */
  location?: ReasonLocation;
  /** Samples tried per mutation before it is declared impossible (default 40). */
  trials?: number;
  /** What the value is called in descriptions (a parameter's name); the location by default. */
  name?: string;
  /** What the server receives from a value (default: its JSON round trip); undefined: it cannot be sent. */
  receive?: (value: unknown) => unknown;
}

/** An invalid value as received (checked, described) and as generated (`sent`, for a parameter's text). */
export interface SentInvalidValue extends InvalidValue {
  sent: unknown;
}

/** A mutation as reported: kept, or not with the reason it could not be made to fail alone. */
export interface MutationReport {
  reason: Reason;
  kept: boolean;
  why?: string;
}

export interface InvalidArbitrary {
  /** Undefined when no mutation could be kept. */
  arbitrary: fc.Arbitrary<SentInvalidValue> | undefined;
  mutations: MutationReport[];
}

const TRIAL_SEED = 0x5eed;

/**
 * For every constraint the schema states, otherwise valid values that break exactly that one. Every sample is
 * JSON round-tripped (what the server receives) and kept only if the schema's validator fails it for its
 * labelled reason and no other. A mutation no trial could isolate is reported `kept: false`, not dropped silently.
 */
export function invalidArbitrary(
  schema: CompiledSchema,
  options: InvalidArbitraryOptions = {},
): InvalidArbitrary {
  const site = rootSite(options.location ?? 'body', options.name);
  const mutations = nodeMutations(schema.schema, site, rootContext(schema, options.maxDepth));
  const reports: MutationReport[] = [];
  const kept: fc.Arbitrary<SentInvalidValue>[] = [];
  const receive = options.receive ?? jsonRoundTrip;
  for (const mutation of mutations) {
    const checked = checkedMutation(schema, mutation, { trials: options.trials ?? 40, receive });
    reports.push(checked.report);
    if (checked.arbitrary) kept.push(checked.arbitrary);
  }
  return { arbitrary: kept.length > 0 ? fc.oneof(...kept) : undefined, mutations: reports };
}

interface Trial {
  trials: number;
  receive: (value: unknown) => unknown;
}

interface Sample {
  sent: unknown;
  value: unknown;
}

function checkedMutation(schema: CompiledSchema, mutation: NodeMutation, trial: Trial) {
  const { reason } = mutation;
  const { trials, receive } = trial;
  if (mutation.value === undefined)
    return { report: { reason, kept: false, why: mutation.why ?? 'not generated' } };
  const failsAlone = ({ value }: Sample): boolean =>
    value !== undefined && failsOnlyFor(schema.validate(value), reason);
  const received = catching(mutation.value).map((sent): Sample => ({ sent, value: receive(sent) }));
  const samples = fc.sample(received, { seed: TRIAL_SEED, numRuns: trials });
  if (!samples.some(failsAlone))
    return { report: { reason, kept: false, why: whyNot(schema, samples, trials) } };
  const label = ({ sent, value }: Sample): SentInvalidValue => ({
    value,
    sent,
    reason: mutation.describe
      ? { ...reason, description: mutation.describe(getAtPointer(value, reason.instancePath)) }
      : reason,
  });
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
