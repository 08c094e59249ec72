import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import type { Check } from '../types.ts';

export const responseTimeLimit: Check = {
  name: 'response_time_limit',
  severity: 'low',
  origin: 'http',
  description: 'Opt-in: the server answers within the configured response time limit.',
  run(ctx, exchange) {
    const limit = ctx.options.responseTimeLimitMs;
    if (limit === undefined) return { status: 'skipped', why: 'no response time limit set' };
    if (exchange.response === undefined) return noResponse(exchange);
    if (exchange.durationMs <= limit) return { status: 'passed' };
    const took = Math.round(exchange.durationMs);
    return failed(
      ctx,
      `the answer took ${took} ms, over the limit of ${limit} ms`,
      { expected: `at most ${limit} ms`, actual: `${took} ms`, status: exchange.response.status },
      'slow',
    );
  },
};
