import type { Exchange } from '../../http/types.ts';
import type { CheckContext, CheckOutcome } from '../types.ts';
import { bodyExcerpt } from './body-excerpt.ts';
import { failed } from './failed.ts';
import { noResponse } from './no-response.ts';
import { toleratedStatuses } from './tolerated-statuses.ts';

export interface StatusExpectation {
  /** The statuses that satisfy the case (the case's `tolerated` ones are added). */
  expected: readonly number[];
  /** How the expected statuses read, when not as a list (`2xx`). */
  label?: string;
  /** Why those statuses, added to the evidence: the reason a case is invalid. */
  why?: string;
  /** The request in words, for the message: `a request without credentials`. */
  subject: string;
  /** Groups failures: the status is appended. */
  groupKey: string;
}

/**
 * Shared by the checks that expect a status for a kind of case. A 5xx is left to not_a_server_error, so
 * one crash is not reported twice.
 */
export function expectStatuses(
  ctx: CheckContext,
  exchange: Exchange,
  expectation: StatusExpectation,
): CheckOutcome {
  const { response } = exchange;
  if (response === undefined) return noResponse(exchange);
  const tolerated = toleratedStatuses(exchange.case);
  const expected = [...new Set([...expectation.expected, ...tolerated])];
  if (expected.includes(response.status)) return { status: 'passed' };
  if (response.status >= 500)
    return { status: 'skipped', why: 'server error: reported by not_a_server_error' };
  const list = expectation.label ? [expectation.label, ...tolerated].join(' or ') : expected.join(' or ');
  const because = expectation.why === undefined ? '' : ` (${expectation.why})`;
  return failed(
    ctx,
    `${expectation.subject} was answered ${response.status}, expected ${list}`,
    {
      expected: `${list}${because}`,
      actual: String(response.status),
      status: response.status,
      excerpt: bodyExcerpt(ctx, response),
    },
    `${expectation.groupKey}:${response.status}`,
  );
}
