import fc from 'fast-check';
import type { CompiledSchema } from '../schema/types.ts';
import {
  checkedMutation,
  type MutationReport,
  type SentInvalidValue,
} from './_internals/checked-mutation.ts';
import { rootContext } from './_internals/gen-context.ts';
import { jsonRoundTrip } from './_internals/json-value.ts';
import { rootSite } from './_internals/mutations/node-mutation.ts';
import { nodeMutations } from './_internals/mutations/node-mutations.ts';
import type { ReasonLocation } from './types.ts';

export type { MutationReport, SentInvalidValue } from './_internals/checked-mutation.ts';

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

export interface InvalidArbitrary {
  /** Undefined when no mutation could be kept. */
  arbitrary: fc.Arbitrary<SentInvalidValue> | undefined;
  mutations: MutationReport[];
}

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
  const trial = { trials: options.trials ?? 40, receive: options.receive ?? jsonRoundTrip };
  for (const mutation of mutations) {
    const checked = checkedMutation(schema, mutation, trial);
    reports.push(checked.report);
    if (checked.arbitrary) kept.push(checked.arbitrary);
  }
  return { arbitrary: kept.length > 0 ? fc.oneof(...kept) : undefined, mutations: reports };
}
