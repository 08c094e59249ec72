import { expectStatuses } from '../_internals/expect-statuses.ts';
import type { Check } from '../types.ts';

export const authenticationEnforced: Check = {
  name: 'authentication_enforced',
  severity: 'critical',
  origin: 'http',
  description: 'A request without valid credentials (none, empty, garbled or unknown token) is answered 401.',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'unauthenticated')
      return { status: 'skipped', why: 'not an authentication case' };
    return expectStatuses(ctx, exchange, {
      expected: [401],
      subject: `a request with credentials "${exchange.case.auth}" (${exchange.case.title})`,
      groupKey: `auth:${exchange.case.auth}`,
    });
  },
};
