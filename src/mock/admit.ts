import type { IncomingHttpHeaders } from 'node:http';
import type { Operation } from '../spec/types.ts';
import { authenticate, type Role } from './authenticate.ts';
import type { OperationHandler } from './handlers/types.ts';
import { mintApiKey } from './mint-api-key.ts';
import { mintedKeyRole as mintedRole } from './minted-key-role.ts';
import { problem } from './problem.ts';
import type { MockState } from './state.ts';
import type { MockReply, ResolvedMockOptions } from './types.ts';

export type Admission = { ok: true; role: Role } | { ok: false; reply: MockReply };

/** An alternative with no requirement (`security: [{}]` or `[]`) makes the operation public. */
function needsAuth(operation: Operation): boolean {
  return operation.security.length > 0 && operation.security.every((requirement) => requirement.length > 0);
}

function forbidden(role: Role, handler: OperationHandler, ctx: AdmitContext): MockReply | undefined {
  const { faults } = ctx.options;
  if (role !== 'read-only' || !handler.mutates || faults.has('readonly-can-create')) return undefined;
  if (faults.has('forbidden-as-401')) return problem(401, 'the bearer token is not allowed here');
  // `forbidden-leaks-key`: a debugging aid left in, naming a key minted for nothing (and never stored).
  const leak = faults.has('forbidden-leaks-key')
    ? ` (a key would have been ${mintApiKey({ name: 'refused' }, ctx.state, faults).value})`
    : '';
  return problem(403, `the read-only token may not call ${handler.operationId}${leak}`);
}

function unknownAccount(params: Record<string, string>, handler: OperationHandler, ctx: AdmitContext) {
  const accountId = handler.accountParam === undefined ? undefined : params[handler.accountParam];
  if (accountId === undefined || ctx.state.hasAccount(accountId)) return undefined;
  if (ctx.options.faults.has('unknown-account-201')) return undefined;
  return problem(404, `service account ${JSON.stringify(accountId)} does not exist`);
}

export interface AdmitContext {
  options: ResolvedMockOptions;
  state: MockState;
}

/** Authentication (401), permission (403), then the account the path names (404), before any body is read. */
export function admit(
  headers: IncomingHttpHeaders,
  params: Record<string, string>,
  target: { handler: OperationHandler; operation: Operation },
  ctx: AdmitContext,
): Admission {
  let role: Role = 'full';
  if (needsAuth(target.operation)) {
    const mintedKeyRole = (token: string) => mintedRole(ctx.state, token, ctx.options.faults);
    const outcome = authenticate(headers.authorization, { ...ctx.options, mintedKeyRole });
    if (typeof outcome !== 'string') return { ok: false, reply: outcome };
    role = outcome;
  }
  const refusal = forbidden(role, target.handler, ctx) ?? unknownAccount(params, target.handler, ctx);
  return refusal === undefined ? { ok: true, role } : { ok: false, reply: refusal };
}
