import type { Reason } from '../../generate/types.ts';
import { credentialsUnmet } from '../_internals/credentials-unmet.ts';
import { expectStatuses } from '../_internals/expect-statuses.ts';
import { rejectionStatuses } from '../_internals/rejection-statuses.ts';
import type { Check, CheckOutcome } from '../types.ts';

function describeReason(reason: Reason): string {
  const where = reason.schemaPath === '' ? reason.location : `${reason.location} ${reason.schemaPath}`;
  return `${reason.description}; ${reason.keyword} at ${where}`;
}

export const negativeDataRejection: Check = {
  name: 'negative_data_rejection',
  severity: 'high',
  origin: 'schema',
  description:
    "An invalid request is rejected with the operation's declared client-error status (400, else 422, else a declared 4xx).",
  run(ctx, exchange): CheckOutcome {
    const { reason } = exchange.case;
    if (exchange.case.expect !== 'rejected') return { status: 'skipped', why: 'not an invalid-data case' };
    const unmet = credentialsUnmet(ctx, exchange);
    if (unmet) return unmet;
    const why = reason === undefined ? undefined : describeReason(reason);
    return expectStatuses(ctx, exchange, {
      expected: rejectionStatuses(ctx.operation, exchange.case),
      why,
      subject: why === undefined ? 'an invalid request' : `an invalid request (${why})`,
      groupKey: reason ? `${reason.location}:${reason.keyword}:${reason.schemaPath}` : 'invalid',
    });
  },
};
