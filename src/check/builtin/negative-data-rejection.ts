import { NOT_UNIQUE_TAG, type Reason } from '../../generate/types.ts';
import { credentialsUnmet } from '../_internals/credentials-unmet.ts';
import { expectStatuses } from '../_internals/expect-statuses.ts';
import { noted } from '../_internals/noted.ts';
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
    "An invalid request is rejected with the operation's declared client-error status (400 or 422, else a declared 4xx).",
  run(ctx, exchange): CheckOutcome {
    const { reason } = exchange.case;
    if (exchange.case.expect !== 'rejected') return { status: 'skipped', why: 'not an invalid-data case' };
    const unmet = credentialsUnmet(ctx, exchange);
    if (unmet) return unmet;
    if (exchange.response?.status === 409 && exchange.case.tags.includes(NOT_UNIQUE_TAG))
      return noted(
        ctx,
        '409 to an invalid request whose unique field could not be made unique (an earlier case may have sent the same value; a server may check conflicts first): not judged',
        exchange.case.title,
      );
    const why = reason === undefined ? undefined : describeReason(reason);
    const status = exchange.response?.status ?? 0;
    // Formats are annotations unless a server asserts them (JSON Schema 2020-12 §7.2.1; optional in 3.0).
    if (reason?.formatOnly === true && status >= 200 && status < 300)
      return noted(
        ctx,
        'an invalid request that only a format makes invalid was accepted: formats are annotations unless the server asserts them (JSON Schema 2020-12 §7.2.1): not judged',
        exchange.case.title,
      );
    return expectStatuses(ctx, exchange, {
      expected: rejectionStatuses(ctx.operation, exchange.case),
      why,
      subject: why === undefined ? 'an invalid request' : `an invalid request (${why})`,
      groupKey: reason ? `${reason.location}:${reason.keyword}:${reason.schemaPath}` : 'invalid',
    });
  },
};
