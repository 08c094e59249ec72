import { credentialsUnmet } from '../_internals/credentials-unmet.ts';
import { expectStatuses } from '../_internals/expect-statuses.ts';
import type { Check } from '../types.ts';

export const unknownResourceNotFound: Check = {
  name: 'unknown_resource_not_found',
  severity: 'medium',
  origin: 'http',
  description: 'A request naming a resource that does not exist is answered 404.',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'not-found')
      return { status: 'skipped', why: 'not an unknown-resource case' };
    const unmet = credentialsUnmet(ctx, exchange);
    if (unmet) return unmet;
    return expectStatuses(ctx, exchange, {
      expected: [404],
      subject: `a request for an unknown resource (${exchange.case.title})`,
      groupKey: 'not-found',
    });
  },
};
