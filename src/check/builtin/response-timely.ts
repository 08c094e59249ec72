import { failed } from '../_internals/failed.ts';
import { noted } from '../_internals/noted.ts';
import type { Check } from '../types.ts';

export const responseTimely: Check = {
  name: 'response_timely',
  severity: 'high',
  origin: 'http',
  description:
    'The server answers completely within the timeout (a body beyond the response size limit is noted, not judged).',
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
    // The size limit is the run's, not the document's: a large list may be right, so a cut body is not
    // an accusation. It is said, and what it hides (the schema check) is not judged.
    return noted(
      ctx,
      `a ${response.status} body is larger than CONTRACT_MAX_RESPONSE_BYTES (${response.bodyBytes} bytes): cut and not checked; raise the limit to check it`,
    );
  },
};
