import { credentialsUnmet } from '../_internals/credentials-unmet.ts';
import { declaresStatus } from '../_internals/declares-status.ts';
import { expectStatuses } from '../_internals/expect-statuses.ts';
import { noted } from '../_internals/noted.ts';
import type { Check } from '../types.ts';

export const unknownResourceNotFound: Check = {
  name: 'unknown_resource_not_found',
  severity: 'medium',
  origin: 'http',
  description:
    'A request naming a resource that does not exist is answered 404 (a declared 403 is noted, not judged).',
  run(ctx, exchange) {
    if (exchange.case.expect !== 'not-found')
      return { status: 'skipped', why: 'not an unknown-resource case' };
    const unmet = credentialsUnmet(ctx, exchange);
    if (unmet) return unmet;
    // Answering 403 so as not to tell a missing resource from a forbidden one is a common choice.
    if (exchange.response?.status === 403 && declaresStatus(ctx.operation, 403))
      return noted(
        ctx,
        '403 for an unknown resource (declared: the server may not tell missing from forbidden): not judged',
        exchange.case.title,
      );
    return expectStatuses(ctx, exchange, {
      expected: [404],
      subject: `a request for an unknown resource (${exchange.case.title})`,
      groupKey: 'not-found',
    });
  },
};
