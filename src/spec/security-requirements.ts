import type { Operation, SecuritySchemeSpec } from './types.ts';

export interface SecurityRequirements {
  /** True when the operation may be called without credentials (no requirement, or an empty one). */
  anonymous: boolean;
  /** The alternatives (OR) that need credentials, each a set of schemes (AND), in document order. */
  alternatives: SecuritySchemeSpec[][];
  /** Every scheme the alternatives name, once, in order of first use. */
  schemes: SecuritySchemeSpec[];
}

/**
 * The operation's effective security: its own `security` when it has one, else the document's (already
 * merged when the operation was built). `[]` or an empty alternative `{}` means anonymous calls are allowed.
 */
export function securityRequirementsOf(operation: Pick<Operation, 'security'>): SecurityRequirements {
  const { security } = operation;
  const anonymous = security.length === 0 || security.some((alternative) => alternative.length === 0);
  const alternatives = security.filter((alternative) => alternative.length > 0);
  const schemes = new Map<string, SecuritySchemeSpec>();
  for (const scheme of alternatives.flat()) if (!schemes.has(scheme.key)) schemes.set(scheme.key, scheme);
  return { anonymous, alternatives, schemes: [...schemes.values()] };
}
