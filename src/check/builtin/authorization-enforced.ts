import { expectStatuses } from '../_internals/expect-statuses.ts';
import { faultScheme } from '../_internals/fault-scheme.ts';
import type { Check } from '../types.ts';

/** Set on forbidden cases sent without a forbidden credential (a replay without one). */
const NO_FORBIDDEN_TOKEN = 'no-forbidden-token';

export const authorizationEnforced: Check = {
  name: 'authorization_enforced',
  severity: 'critical',
  origin: 'http',
  description: 'A request with a valid credential that lacks permission is answered 403.',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'forbidden') return { status: 'skipped', why: 'not an authorization case' };
    if (exchange.case.tags.includes(NO_FORBIDDEN_TOKEN))
      return { status: 'skipped', why: 'no forbidden token given' };
    const scheme = faultScheme(exchange.case);
    const where = scheme.key === undefined ? '' : ` for security scheme ${scheme.key}`;
    return expectStatuses(ctx, exchange, {
      expected: [403],
      subject: `a request with a credential lacking permission${where} (${exchange.case.title})`,
      groupKey: scheme.bearer || scheme.key === undefined ? 'forbidden' : `forbidden:${scheme.key}`,
    });
  },
};
