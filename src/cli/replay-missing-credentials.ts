import type { CredentialAvailability } from '../generate/case-plan-types.ts';
import type { AuthMode } from '../generate/types.ts';
import type { RecordedStep } from '../run/recorded-step.ts';
import { credentialVariable } from '../spec/security-variable.ts';

/** Modes that send the scheme's valid credential (as is, garbled, or under another spelling of the scheme). */
const NEEDS_VALID: ReadonlySet<AuthMode> = new Set([
  'valid',
  'garbled',
  'scheme-lowercase',
  'scheme-uppercase',
]);

/**
 * The variables a replay needs and the environment lacks: every scheme a step sends a valid credential to.
 * Without them the request goes out with an empty credential, and its 401 would pass for the finding.
 */
export function replayMissingCredentials(
  steps: readonly RecordedStep[],
  availability: CredentialAvailability,
): string[] {
  const held = new Set(availability.valid);
  const missing = new Set<string>();
  for (const step of steps) {
    const { credentials } = step;
    for (const scheme of credentials?.schemes ?? []) {
      const mode = credentials?.fault === undefined || credentials.fault === scheme.key ? step.auth : 'valid';
      if (!NEEDS_VALID.has(mode) || held.has(scheme.key)) continue;
      const bearer = scheme.placement.kind === 'bearer';
      missing.add(bearer ? 'CONTRACT_TOKEN' : credentialVariable(scheme.key));
    }
  }
  return [...missing].sort();
}
