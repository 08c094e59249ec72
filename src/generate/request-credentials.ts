import type { Operation } from '../spec/types.ts';
import type { CredentialAvailability } from './case-plan-types.ts';
import { ordinaryCredentials, planSecurity } from './_internals/plan/plan-security.ts';
import type { AuthMode, CaseCredentials } from './types.ts';

/**
 * How a valid request to the operation carries credentials, exactly as generated cases do: the first
 * security alternative the run can meet, each scheme where it says (a header, a query, a cookie, Basic).
 * For requests built by hand (a clean-up DELETE, a life-cycle list), which would otherwise send a bearer token.
 */
export function requestCredentials(
  operation: Pick<Operation, 'security'>,
  availability: CredentialAvailability | undefined,
): { auth: AuthMode; credentials?: CaseCredentials } {
  const security = planSecurity(operation, availability);
  const credentials = ordinaryCredentials(security);
  return { auth: security.auth, ...(credentials === undefined ? {} : { credentials }) };
}
