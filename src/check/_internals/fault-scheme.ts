import type { RequestCase } from '../../generate/types.ts';

/**
 * The security scheme whose credential a case gets wrong, and whether it is a bearer token. A case without
 * modelled schemes sends a bearer token.
 */
export function faultScheme(requestCase: RequestCase): { key?: string; bearer: boolean } {
  const { credentials } = requestCase;
  const scheme = credentials?.schemes.find((entry) => entry.key === credentials.fault);
  if (scheme === undefined) return { bearer: credentials === undefined };
  return { key: scheme.key, bearer: scheme.placement.kind === 'bearer' };
}
