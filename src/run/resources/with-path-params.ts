import type { RunSession } from '../types.ts';

/**
 * The session planning with more known path values (a resource the run created). They win over the configured
 * ones: a destructive operation's resource is the run's own, whatever CONTRACT_PATH_PARAMS names.
 */
export function withPathParams(session: RunSession, values: Record<string, string>): RunSession {
  if (Object.keys(values).length === 0) return session;
  const pathParams = { ...session.config.pathParams, ...values };
  return { ...session, config: { ...session.config, pathParams } };
}
