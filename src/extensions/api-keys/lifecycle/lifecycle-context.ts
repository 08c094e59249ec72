import fc from 'fast-check';
import { err, ok, type Result } from '../../../core/result.ts';
import type { CaseExpectation, RequestCase } from '../../../generate/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import type { KeyOperations } from '../keys/find-key-operations.ts';
import type { KeyTracker } from '../keys/key-tracker.ts';
import { planOperation } from '../../../run/plan-operation.ts';
import type { RunSession } from '../../../run/types.ts';

/** The life-cycle operations a run needs: create, list and revoke; rotate when declared. */
export type LifecycleOperations = KeyOperations & {
  list: CompiledOperation;
  revoke: CompiledOperation;
  keyParam: string;
};

export interface LifecycleContext {
  session: RunSession;
  keys: KeyTracker;
  ops: LifecycleOperations;
  /** A valid request of each operation (path, query and header values from its plan), by operation id. */
  base: Map<string, RequestCase[]>;
  step: number;
}

export interface StepFields {
  title: string;
  keyId?: string;
  body?: unknown;
  expect?: CaseExpectation;
  tolerated?: number[];
}

const SAMPLES = 20;

function validSamples(session: RunSession, operation: CompiledOperation): Result<RequestCase[]> {
  const planned = planOperation(session, operation.operation.operationId);
  if (!planned.ok) return planned;
  const samples = fc.sample(planned.value.plan.positive, { seed: session.config.seed, numRuns: SAMPLES });
  return samples.length > 0
    ? ok(samples)
    : err('OAC_ERR_UNSUPPORTED', `no valid request of ${operation.operation.operationId}`);
}

export function lifecycleContext(
  session: RunSession,
  keys: KeyTracker,
  ops: LifecycleOperations,
): Result<LifecycleContext> {
  const base = new Map<string, RequestCase[]>();
  for (const operation of [ops.create, ops.list, ops.revoke, ops.rotate]) {
    if (operation === undefined) continue;
    const samples = validSamples(session, operation);
    if (!samples.ok) return samples;
    base.set(operation.operation.operationId, samples.value);
  }
  return ok({ session, keys, ops, base, step: 0 });
}

/** A step's request: a valid request of the operation with the step's key id, body and expectation. */
export function stepCase(
  ctx: LifecycleContext,
  operation: CompiledOperation,
  fields: StepFields,
): RequestCase {
  const { operationId } = operation.operation;
  const sample = ctx.base.get(operationId)?.[0];
  if (sample === undefined) throw new RangeError(`stepCase: ${operationId} has no valid request`);
  ctx.step += 1;
  const pathParams =
    fields.keyId === undefined
      ? sample.pathParams
      : { ...sample.pathParams, [ctx.ops.keyParam]: fields.keyId };
  const json = fields.body !== undefined;
  const headers = json ? sample.headers : withoutContentType(sample.headers);
  return {
    ...sample,
    id: `${operationId}/lifecycle/${ctx.step}`,
    pathParams,
    headers:
      json && headers['content-type'] === undefined
        ? { ...headers, 'content-type': 'application/json' }
        : headers,
    body: json ? { kind: 'json', value: fields.body } : { kind: 'none' },
    phase: 'resource',
    expect: fields.expect ?? 'accepted',
    tolerated: fields.tolerated,
    title: `life cycle: ${fields.title}`,
    uniqueFields: [],
    tags: ['lifecycle'],
  };
}

function withoutContentType(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'),
  );
}
