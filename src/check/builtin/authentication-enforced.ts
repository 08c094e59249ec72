import { expectStatuses } from '../_internals/expect-statuses.ts';
import { faultScheme } from '../_internals/fault-scheme.ts';
import type { Check } from '../types.ts';

export const authenticationEnforced: Check = {
  name: 'authentication_enforced',
  severity: 'critical',
  origin: 'http',
  description:
    'A request without valid credentials for its security scheme (none, empty, garbled or unknown) is answered 401.',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'unauthenticated')
      return { status: 'skipped', why: 'not an authentication case' };
    const { auth, title } = exchange.case;
    const scheme = faultScheme(exchange.case);
    const where = scheme.key === undefined ? '' : ` for security scheme ${scheme.key}`;
    return expectStatuses(ctx, exchange, {
      expected: [401],
      subject: `a request with credentials "${auth}"${where} (${title})`,
      // Bearer faults keep the group keys they had before schemes were modelled (baselines hold them).
      groupKey: scheme.bearer || scheme.key === undefined ? `auth:${auth}` : `auth:${scheme.key}:${auth}`,
    });
  },
};
