import { expectStatuses } from '../_internals/expect-statuses.ts';
import type { Check } from '../types.ts';

/** Set by the planner on forbidden cases when no forbidden token was given. */
const NO_FORBIDDEN_TOKEN = 'no-forbidden-token';

export const authorizationEnforced: Check = {
  name: 'authorization_enforced',
  severity: 'critical',
  origin: 'http',
  description: 'A request with a valid token that lacks permission is answered 403.',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'forbidden') return { status: 'skipped', why: 'not an authorization case' };
    if (exchange.case.tags.includes(NO_FORBIDDEN_TOKEN))
      return { status: 'skipped', why: 'no forbidden token given' };
    return expectStatuses(ctx, exchange, {
      expected: [403],
      subject: `a request with a token lacking permission (${exchange.case.title})`,
      groupKey: 'forbidden',
    });
  },
};
