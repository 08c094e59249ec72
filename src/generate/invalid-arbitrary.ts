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
}

/** A mutation as reported: kept, or not with the reason it could not be made to fail alone. */
export interface MutationReport {
  reason: Reason;
  kept: boolean;
  why?: string;
}

export interface InvalidArbitrary {
  /** Undefined when no mutation could be kept. */
  arbitrary: fc.Arbitrary<InvalidValue> | undefined;
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
  const site = rootSite(options.location ?? 'body');
  const mutations = nodeMutations(schema.schema, site, rootContext(schema, options.maxDepth));
  const reports: MutationReport[] = [];
  const kept: fc.Arbitrary<InvalidValue>[] = [];
  for (const mutation of mutations) {
    const checked = checkedMutation(schema, mutation, options.trials ?? 40);
    reports.push(checked.report);
    if (checked.arbitrary) kept.push(checked.arbitrary);
  }
  return { arbitrary: kept.length > 0 ? fc.oneof(...kept) : undefined, mutations: reports };
}

function checkedMutation(schema: CompiledSchema, mutation: NodeMutation, trials: number) {
  const { reason } = mutation;
  if (mutation.value === undefined)
    return { report: { reason, kept: false, why: mutation.why ?? 'not generated' } };
  const failsAlone = (value: unknown): boolean => failsOnlyFor(schema.validate(value), reason);
  const received = catching(mutation.value).map(jsonRoundTrip);
  const samples = fc.sample(received, { seed: TRIAL_SEED, numRuns: trials });
  if (!samples.some(failsAlone))
    return { report: { reason, kept: false, why: whyNot(schema, samples, trials) } };
  const label = (value: unknown): InvalidValue => ({
    value,
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

function whyNot(schema: CompiledSchema, samples: unknown[], trials: number): string {
  const errors = samples.map((value) => schema.validate(value));
  if (errors.every((list) => list.length === 0)) return `all ${trials} trial values were valid`;
  const others = new Set(errors.flat().map(describeSchemaError));
  return `no trial value failed for this reason alone; seen: ${[...others].slice(0, 3).join('; ')}`;
}
