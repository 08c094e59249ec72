import { placementOf } from '../../../spec/security-placement.ts';
import { securityRequirementsOf } from '../../../spec/security-requirements.ts';
import { credentialVariable } from '../../../spec/security-variable.ts';
import type { Operation, SecuritySchemeSpec } from '../../../spec/types.ts';
import type { CredentialAvailability, UnsatisfiedScheme } from '../../case-plan-types.ts';
import type { AuthMode, CaseCredentials, CaseScheme } from '../../types.ts';

/** How the cases of one operation carry credentials. */
export interface PlanSecurity {
  /** True when some alternative needs no credentials. */
  anonymous: boolean;
  /** Every alternative needing credentials, each scheme with where its credential goes (undefined: cannot). */
  alternatives: { key: string; placement: CaseScheme['placement'] | undefined }[][];
  /** The alternative ordinary cases send; undefined when none can be met (or none is needed). */
  chosen: CaseScheme[] | undefined;
  /** Auth mode of ordinary cases: `valid` with a chosen alternative, else `none`. */
  auth: AuthMode;
  /** True when credentials are required and no alternative can be met. */
  unmet: boolean;
  unsatisfied: UnsatisfiedScheme[];
  /** Keys of the schemes with a valid credential, and with one lacking permission. */
  valid: ReadonlySet<string>;
  forbidden: ReadonlySet<string>;
}

/** Without a word from the run: the bearer-token schemes have CONTRACT_TOKEN (and maybe its forbidden twin). */
function defaultAvailability(schemes: SecuritySchemeSpec[]): CredentialAvailability {
  const bearer = schemes
    .filter((scheme) => {
      const placed = placementOf(scheme);
      return placed.ok && placed.placement.kind === 'bearer';
    })
    .map((scheme) => scheme.key);
  return { valid: bearer, forbidden: bearer };
}

function whyUnsatisfied(scheme: SecuritySchemeSpec, valid: ReadonlySet<string>): string | undefined {
  const placed = placementOf(scheme);
  if (!placed.ok) return placed.why;
  if (valid.has(scheme.key)) return undefined;
  const token = placed.placement.kind === 'bearer' ? ' (or CONTRACT_TOKEN)' : '';
  return `no credential given: set ${credentialVariable(scheme.key)}${token}`;
}

/** Each alternative's schemes with where their credential goes (undefined: it cannot be sent). */
function placedAlternatives(alternatives: SecuritySchemeSpec[][]): PlanSecurity['alternatives'] {
  return alternatives.map((alternative) =>
    alternative.map((scheme) => {
      const placed = placementOf(scheme);
      return { key: scheme.key, placement: placed.ok ? placed.placement : undefined };
    }),
  );
}

/**
 * Which alternative of the operation's security the run sends with ordinary cases: the first whose every
 * scheme it can send and holds a credential for (credentials go where they are optional too); else none.
 */
export function planSecurity(
  operation: Pick<Operation, 'security'>,
  given: CredentialAvailability | undefined,
): PlanSecurity {
  const requirements = securityRequirementsOf(operation);
  const availability = given ?? defaultAvailability(requirements.schemes);
  const valid = new Set(availability.valid);
  const unsatisfied = requirements.schemes.flatMap((scheme) => {
    const why = whyUnsatisfied(scheme, valid);
    return why === undefined ? [] : [{ scheme: scheme.key, why }];
  });
  const blocked = new Set(unsatisfied.map((entry) => entry.scheme));
  const alternatives = placedAlternatives(requirements.alternatives);
  const chosen = alternatives.find((alternative) => alternative.every((scheme) => !blocked.has(scheme.key)));
  return {
    anonymous: requirements.anonymous,
    alternatives,
    // A scheme is blocked unless it can be placed: every scheme of the chosen alternative has a placement.
    chosen: chosen as CaseScheme[] | undefined,
    auth: chosen === undefined ? 'none' : 'valid',
    unmet: !requirements.anonymous && chosen === undefined,
    unsatisfied,
    valid,
    forbidden: new Set(availability.forbidden),
  };
}

/** What ordinary cases send: the chosen alternative's schemes; none when the operation needs none, or when
 * none can be met (then explicitly none). */
export function ordinaryCredentials(security: PlanSecurity): CaseCredentials | undefined {
  const { chosen, unmet } = security;
  if (chosen !== undefined) return { schemes: chosen };
  return unmet ? { schemes: [] } : undefined;
}
