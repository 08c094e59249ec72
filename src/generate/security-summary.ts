import type { Operation } from '../spec/types.ts';
import type { CredentialAvailability } from './case-plan-types.ts';
import { planSecurity } from './_internals/plan/plan-security.ts';

/** What a run can say about the security schemes of the operations it tests. */
export interface SecuritySummary {
  /** Schemes whose credentials go with the requests, in order of first use. */
  tested: string[];
  /** Schemes it cannot satisfy, why, and the operations that name them. */
  unsatisfied: { scheme: string; why: string; operations: string[] }[];
  /** Operations whose every security alternative is unsatisfied: sent without credentials, 401/403 noted. */
  unmet: string[];
}

/**
 * The security schemes a run tests and those it cannot satisfy (no credential given, a type it cannot
 * send), each named once with the operations concerned: for the plan and the run summary.
 */
export function securitySummary(
  operations: readonly Pick<Operation, 'operationId' | 'security'>[],
  availability: CredentialAvailability | undefined,
): SecuritySummary {
  const tested = new Set<string>();
  const unsatisfied = new Map<string, { scheme: string; why: string; operations: string[] }>();
  const unmet: string[] = [];
  for (const operation of operations) {
    const security = planSecurity(operation, availability);
    for (const scheme of security.chosen ?? []) tested.add(scheme.key);
    for (const { scheme, why } of security.unsatisfied) {
      const entry = unsatisfied.get(scheme) ?? { scheme, why, operations: [] };
      entry.operations.push(operation.operationId);
      unsatisfied.set(scheme, entry);
    }
    if (security.unmet) unmet.push(operation.operationId);
  }
  return { tested: [...tested], unsatisfied: [...unsatisfied.values()], unmet };
}
