import { failed } from '../_internals/failed.ts';
import type { Check } from '../types.ts';

export const responseTimely: Check = {
  name: 'response_timely',
  severity: 'high',
  origin: 'http',
  description: 'The server answers completely within the timeout and within the response size limit.',
  run(ctx, exchange) {
    const { response, error } = exchange;
    if (error?.code === 'timeout') {
      return failed(
        ctx,
        `the server did not answer in time: ${error.message}`,
        { expected: 'a complete answer within the timeout', actual: error.message },
        'timeout',
      );
    }
    if (error?.code === 'too-large') {
      return failed(
        ctx,
        `the answer was too large: ${error.message}`,
        { expected: 'an answer within the size limit', actual: error.message },
        'too-large',
      );
    }
    if (response === undefined)
      return { status: 'skipped', why: `no response (${error?.code ?? 'unknown'})` };
    if (!response.truncated) return { status: 'passed' };
    return failed(
      ctx,
      `${response.status} body exceeded the size limit and was cut at ${response.bodyBytes} bytes`,
      {
        expected: `a body of at most ${response.bodyBytes} bytes`,
        actual: 'a larger body (cut)',
        status: response.status,
      },
      'truncated',
    );
  },
};
