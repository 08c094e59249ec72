import { credentialsUnmet } from '../_internals/credentials-unmet.ts';
import { declaresStatus } from '../_internals/declares-status.ts';
import { expectStatuses } from '../_internals/expect-statuses.ts';
import { noted } from '../_internals/noted.ts';
import { toleratedStatuses } from '../_internals/tolerated-statuses.ts';
import type { Check } from '../types.ts';

/** Declared answers that say the data was fine but the account could not take it now. */
const NOT_EXERCISED = new Map([
  [402, 'payment or quota required'],
  [409, 'conflict with existing data (e.g. a repeated name)'],
  [429, 'rate limited'],
]);

export const positiveDataAcceptance: Check = {
  name: 'positive_data_acceptance',
  severity: 'high',
  origin: 'schema',
  description:
    'A valid request is accepted with a 2xx (a declared 402, 409 or 429, or a status the case tolerates, is noted as not exercised).',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'accepted') return { status: 'skipped', why: 'not a valid-data case' };
    const status = exchange.response?.status;
    if (status !== undefined && status >= 200 && status < 300) return { status: 'passed' };
    const unmet = credentialsUnmet(ctx, exchange);
    if (unmet) return unmet;
    const why = status === undefined ? undefined : NOT_EXERCISED.get(status);
    if (status !== undefined && why !== undefined && declaresStatus(ctx.operation, status)) {
      return noted(ctx, `${status} (${why}): valid request not exercised`, exchange.case.title);
    }
    // A tolerated status means the expectation was not certain (a defect of the document): noted, not passed.
    if (status !== undefined && toleratedStatuses(exchange.case).includes(status))
      return noted(ctx, `${status} tolerated: valid request not exercised`, exchange.case.title);
    return expectStatuses(ctx, exchange, {
      expected: [],
      label: '2xx',
      subject: `a valid request (${exchange.case.title})`,
      groupKey: 'rejected-valid',
    });
  },
};
