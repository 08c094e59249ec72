import type { Exchange } from '../../http/types.ts';
import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import type { Check, CheckContext, CheckOutcome } from '../types.ts';

/** A server that resets a connection while still receiving a large body may have answered early (413). */
const LARGE_REQUEST_BYTES = 64 * 1024;

function dropped(ctx: CheckContext, exchange: Exchange): CheckOutcome | undefined {
  const { error } = exchange;
  if (error?.code === 'protocol') {
    return failed(
      ctx,
      'the server answered with something that is not HTTP',
      {
        expected: 'a well-formed HTTP response',
        actual: error.message,
      },
      'transport:protocol',
    );
  }
  if (error?.code !== 'reset') return undefined;
  if (exchange.request.bodyBytes > LARGE_REQUEST_BYTES && error.message.includes('before any status')) {
    return {
      status: 'skipped',
      why: 'connection reset while sending a large body: the server may have refused it',
    };
  }
  return failed(
    ctx,
    'the server dropped the connection without a complete answer',
    {
      expected: 'a complete HTTP response',
      actual: error.message,
    },
    'transport:reset',
  );
}

export const notAServerError: Check = {
  name: 'not_a_server_error',
  severity: 'critical',
  origin: 'http',
  description: 'The server answers without a 5xx status and without dropping the connection.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return dropped(ctx, exchange) ?? noResponse(exchange);
    if (response.status < 500) return { status: 'passed' };
    return failed(
      ctx,
      `server error ${response.status} for: ${exchange.case.title}`,
      {
        expected: 'a status below 500',
        actual: String(response.status),
        status: response.status,
        excerpt: bodyExcerpt(ctx, response),
      },
      `status:${response.status}`,
    );
  },
};
