import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { admit } from './admit.ts';
import { applyErrorFaults } from './error-faults.ts';
import type { HandlerContext } from './handlers/types.ts';
import { problem } from './problem.ts';
import { receiveBody } from './receive-body.ts';
import { mintsBeforeAuthorize, refusedAfterMinting } from './refused-after-minting.ts';
import type { RouteTable, RouteTarget } from './route-table.ts';
import { sendReply } from './send-reply.ts';
import type { MockState } from './state.ts';
import type { MockReply, RequestLogEntry, ResolvedMockOptions } from './types.ts';

export interface MockContext {
  options: ResolvedMockOptions;
  routes: RouteTable;
  state: MockState;
  document: Record<string, unknown>;
  requestLog: RequestLogEntry[];
  /** Aborted when the server closes, so pending delays end. */
  signal: AbortSignal;
}

interface Answer {
  reply: MockReply;
  closeConnection?: boolean;
  /** Operation answers take the `slow` fault's delay; the document does not. */
  operation?: boolean;
}

/** The path of a request target: origin-form as it is, absolute-form reduced to its path. */
function pathOf(target: string): string {
  const path = target.split(/[?#]/)[0] ?? '';
  if (path.startsWith('/')) return path;
  try {
    return new URL(target).pathname;
  } catch {
    return path;
  }
}

async function answerOperation(
  request: IncomingMessage,
  { handler, operation }: Extract<RouteTarget, { kind: 'operation' }>,
  params: Record<string, string>,
  ctx: MockContext,
): Promise<Answer | undefined> {
  const admission = admit(request.headers, params, { handler, operation: operation.operation }, ctx);
  const refusal = admission.ok ? undefined : admission.reply;
  if (refusal && !mintsBeforeAuthorize(refusal, handler, ctx.options.faults))
    return { reply: refusal, operation: true };
  let body: unknown;
  if (operation.requestBody !== undefined) {
    const received = await receiveBody(request, operation.requestBody, ctx.options);
    if (received.kind === 'aborted') return undefined;
    if (received.kind === 'reply') return { ...received, operation: true };
    body = received.body;
  }
  const context: HandlerContext = {
    params,
    body,
    role: admission.ok ? admission.role : 'read-only',
    state: ctx.state,
    faults: ctx.options.faults,
  };
  const reply = handler.handle(context);
  return {
    reply: refusal ? refusedAfterMinting(refusal, reply, ctx.options.faults) : reply,
    operation: true,
  };
}

/** Route, then the document or the operation's pipeline. Undefined when the client went away. */
async function answer(request: IncomingMessage, ctx: MockContext): Promise<Answer | undefined> {
  const path = pathOf(request.url ?? '/');
  const match = ctx.routes.match(request.method ?? '', path);
  if (match.kind === 'not-found') return { reply: problem(404, match.detail) };
  if (match.kind === 'method-not-allowed') {
    const detail = `${request.method ?? ''} is not allowed on ${path}`;
    return { reply: problem(405, detail, { allow: match.allow.join(', ') }) };
  }
  const { target } = match.route;
  if (target.kind === 'document') return { reply: { status: 200, body: ctx.document } };
  return answerOperation(request, target, match.params, ctx);
}

async function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms <= 0) return true;
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/** Answers one request. Never rejects: an unexpected error becomes a 500 that says so. */
export async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  ctx: MockContext,
): Promise<void> {
  response.on('error', () => undefined);
  let outcome: Answer | undefined;
  try {
    outcome = await answer(request, ctx);
  } catch (error) {
    outcome = { reply: problem(500, `mock bug: ${error instanceof Error ? error.message : String(error)}`) };
  }
  if (outcome === undefined) return;
  const slow = outcome.operation === true && ctx.options.faults.has('slow') ? ctx.options.slowMs : 0;
  if (!(await delay(ctx.options.latencyMs + slow, ctx.signal))) return;
  const reply = applyErrorFaults(outcome.reply, ctx.options.faults);
  try {
    sendReply(response, reply, outcome.closeConnection);
  } catch {
    // Only a broken socket gets here; the promise must not reject (it is not awaited).
    response.destroy();
    return;
  }
  ctx.requestLog.push({
    method: request.method ?? '',
    path: request.url ?? '',
    status: reply.status,
    at: Date.now(),
  });
}
