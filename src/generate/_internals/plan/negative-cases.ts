import type fc from 'fast-check';
import type { CompiledSchema } from '../../../schema/types.ts';
import type { Reason, RequestCase } from '../../types.ts';
import {
  checkedMutation,
  type CheckedMutation,
  type MutationReport,
  type SentInvalidValue,
} from '../checked-mutation.ts';
import { rootContext } from '../gen-context.ts';
import { jsonRoundTrip } from '../json-value.ts';
import { rootSite } from '../mutations/node-mutation.ts';
import { nodeMutations } from '../mutations/node-mutations.ts';
import type { ParameterChannel } from '../params/parameter-channel.ts';
import { parameterReason } from '../params/parameter-reason.ts';
import { spendPlanningTime, withPlanningBudget } from '../planning-budget.ts';
import { variantCase } from './body-cases.ts';
import { lazyChoice, type Alternative } from './lazy-choice.ts';
import { withParameter } from './parameter-variants.ts';
import { jsonCaseBody, makeCase, type PlanContext } from './plan-context.ts';
import { stableHash } from './stable-hash.ts';

const TRIALS = 40;

/** A mutation of the body or of one parameter, checked (with the oracle) the first time it is needed. */
interface Candidate {
  check(): CheckedMutation;
  cases(): fc.Arbitrary<RequestCase> | undefined;
}

export interface NegativeCases {
  /** Undefined when no mutation can be made invalid for one reason alone. */
  arbitrary: fc.Arbitrary<RequestCase> | undefined;
  /** Every mutation, kept or not: checks them all (the first call). */
  reports: () => MutationReport[];
}

function memo<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What one mutation may take to check (when a run first draws it, or while planning). */
const MUTATION_BUDGET_MS = 1_000;

/** The mutation checked within its budget; one that cannot be checked in time (or at all) is not kept. */
function withinBudget(reason: Reason, check: () => CheckedMutation): CheckedMutation {
  try {
    return withPlanningBudget(MUTATION_BUDGET_MS, check);
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { report: { reason, kept: false, why: `not checked: ${why}` } };
  }
}

function bodyCandidates(ctx: PlanContext, schema: CompiledSchema, maxDepth?: number): Candidate[] {
  return nodeMutations(schema.schema, rootSite('body'), rootContext(schema, maxDepth)).map((mutation) => {
    const check = memo(() =>
      withinBudget(mutation.reason, () =>
        checkedMutation(schema, mutation, { trials: TRIALS, receive: jsonRoundTrip }),
      ),
    );
    const toCase = (sample: SentInvalidValue): RequestCase =>
      makeCase(ctx, 'negative', stableHash(sample.value), {
        body: jsonCaseBody(sample.value),
        expect: 'rejected',
        title: sample.reason.description,
        reason: sample.reason,
        tags: [sample.reason.keyword],
      });
    return { check, cases: () => check().arbitrary?.map(toCase) };
  });
}

function parameterCandidates(ctx: PlanContext, channel: ParameterChannel): Candidate[] {
  const schema = channel.parameter.schema;
  if (schema === undefined) return [];
  const { location, name } = channel;
  return nodeMutations(schema.schema, rootSite(location, name), rootContext(schema)).map((mutation) => {
    const check = memo(() => {
      const checked = withinBudget(mutation.reason, () =>
        checkedMutation(schema, mutation, { trials: TRIALS, receive: channel.receive }),
      );
      return {
        ...checked,
        report: { ...checked.report, reason: parameterReason(checked.report.reason, location, name) },
      };
    });
    const toCase = (sample: SentInvalidValue): RequestCase => {
      const reason = parameterReason(sample.reason, location, name);
      const wires = withParameter(ctx.params.base, channel, channel.wire(sample.sent));
      const variant = { wires, reason, note: reason.description, expect: 'invalid' as const };
      return variantCase(ctx, 'negative', stableHash([reason, wires]), variant);
    };
    return { check, cases: () => check().arbitrary?.map(toCase) };
  });
}

/**
 * Requests invalid for one labelled reason each, in the body (with the base parameters) or in one parameter
 * (with the example body; not when a required body has none). Each mutation is checked with the oracle
 * the first time a run draws it, not when the plan is made (a large document has thousands): the phase
 * exists when one of them, checked in order, can be kept.
 */
export function negativeCases(ctx: PlanContext, maxDepth?: number): NegativeCases {
  const needsBody = ctx.body !== undefined && ctx.body.required && ctx.exampleBody === undefined;
  const candidates = [
    ...(ctx.body ? bodyCandidates(ctx, ctx.body.schema, maxDepth) : []),
    ...(needsBody ? [] : ctx.params.channels.flatMap((channel) => parameterCandidates(ctx, channel))),
  ];
  const alternatives: Alternative<RequestCase>[] = candidates.map((candidate) => () => candidate.cases());
  const possible = candidates.some((candidate) => {
    spendPlanningTime();
    return candidate.check().arbitrary !== undefined;
  });
  const what = `negative cases of ${ctx.operation.operation.operationId}`;
  return {
    arbitrary: possible ? lazyChoice(alternatives, what) : undefined,
    reports: memo(() => candidates.map((candidate) => candidate.check().report)),
  };
}
