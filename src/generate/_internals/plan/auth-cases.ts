import type { Operation } from '../../../spec/types.ts';
import type { AuthMode, CaseExpectation, RequestCase } from '../../types.ts';
import { jsonCaseBody, makeCase, type PlanContext } from './plan-context.ts';

const AUTH_CASES: readonly { mode: AuthMode; expect: CaseExpectation; title: string; tags?: string[] }[] = [
  { mode: 'none', expect: 'unauthenticated', title: 'no Authorization header' },
  { mode: 'empty-bearer', expect: 'unauthenticated', title: 'Authorization: "Bearer " with an empty token' },
  { mode: 'garbled', expect: 'unauthenticated', title: 'a garbled bearer token' },
  { mode: 'unknown', expect: 'unauthenticated', title: 'a well-formed token the server never issued' },
  {
    mode: 'forbidden',
    expect: 'forbidden',
    title: 'a valid token without permission',
    tags: ['needs-forbidden-token'],
  },
  { mode: 'scheme-lowercase', expect: 'accepted', title: 'a valid token under the scheme name "bearer"' },
  { mode: 'scheme-uppercase', expect: 'accepted', title: 'a valid token under the scheme name "BEARER"' },
];

/** Whether every way to call the operation needs credentials, and one of them is a bearer token. */
export function requiresBearer(operation: Operation): boolean {
  const { security } = operation;
  if (security.length === 0 || security.some((alternative) => alternative.length === 0)) return false;
  return security.some((alternative) =>
    alternative.some(
      (scheme) =>
        (scheme.type === 'http' && scheme.scheme === 'bearer') ||
        scheme.type === 'oauth2' ||
        scheme.type === 'openIdConnect',
    ),
  );
}

/** The valid request under each credential fault; the token itself is attached later by the http layer. */
export function authCases(ctx: PlanContext): RequestCase[] {
  if (!requiresBearer(ctx.operation.operation)) return [];
  const body =
    ctx.body && ctx.exampleBody !== undefined ? jsonCaseBody(ctx.exampleBody) : ({ kind: 'none' } as const);
  return AUTH_CASES.map((entry, index) =>
    makeCase(ctx, 'auth', index, {
      body,
      expect: entry.expect,
      title: entry.title,
      auth: entry.mode,
      tags: [entry.mode, ...(entry.tags ?? [])],
    }),
  );
}
