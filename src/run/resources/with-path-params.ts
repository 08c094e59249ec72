import type { RunSession } from '../types.ts';

/** The session planning with more known path values (a resource the run created), the given ones first. */
export function withPathParams(session: RunSession, values: Record<string, string>): RunSession {
  if (Object.keys(values).length === 0) return session;
  const pathParams = { ...values, ...session.config.pathParams };
  return { ...session, config: { ...session.config, pathParams } };
}
