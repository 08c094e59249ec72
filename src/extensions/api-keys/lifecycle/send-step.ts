import type { RequestCase } from '../../../generate/types.ts';
import { createHttpClient } from '../../../http/create-http-client.ts';
import { executeCase } from '../../../run/execute-case.ts';
import type { KeyTracker } from '../keys/key-tracker.ts';
import { trackMintedKeys } from '../keys/track-minted-keys.ts';
import type { CaseOutcome, RunSession } from '../../../run/types.ts';

/** What a recorded request shows instead of a minted key's value used as a bearer token. */
export const MINTED_VALUE_PLACEHOLDER = '$MINTED_KEY_VALUE';

/** The built-in checks that judge a case by its expectation: for most steps, a life-cycle check does. */
const EXPECTATION_CHECKS = new Set([
  'positive_data_acceptance',
  'negative_data_rejection',
  'unknown_resource_not_found',
]);

/**
 * A step sent like any case (unique tags, the built-in checks), recorded later with its verdicts. With
 * `judgedBy: 'lifecycle'` the built-in expectation checks are left out: the step's life-cycle check states
 * what the answer must be, so one wrong answer is one finding, switchable by that check's name.
 */
export function sendStep(
  session: RunSession,
  requestCase: RequestCase,
  judgedBy: 'builtin' | 'lifecycle' = 'builtin',
): Promise<CaseOutcome> {
  const checks =
    judgedBy === 'builtin' ? session.checks : session.checks.filter((c) => !EXPECTATION_CHECKS.has(c.name));
  return executeCase({ ...session, checks }, requestCase, { record: false });
}

/** A client whose bearer token is the value (still halted with the run, like every other). */
function valueClient(session: RunSession, keys: KeyTracker, value: string) {
  const { timeoutMs, maxResponseBytes } = session.config;
  const http = createHttpClient({
    baseUrl: session.baseUrl,
    token: value,
    timeoutMs,
    maxResponseBytes,
    connections: 1,
  });
  return trackMintedKeys(http, keys);
}

/**
 * A request authenticated with a minted key's value instead of the run's token. Only the life-cycle verdicts
 * judge it: a 401 there is the point of the step, not a failure of the built-in checks.
 */
export async function sendWithValue(
  session: RunSession,
  keys: KeyTracker,
  value: string,
  requestCase: RequestCase,
): Promise<CaseOutcome> {
  const client = valueClient(session, keys, value);
  try {
    const exchange = await client.send(requestCase);
    const headers = { ...exchange.request.headers, authorization: `Bearer ${MINTED_VALUE_PLACEHOLDER}` };
    return {
      case: requestCase,
      exchange: { ...exchange, request: { ...exchange.request, headers } },
      results: [],
      failures: [],
      notes: [],
    };
  } finally {
    await client.close();
  }
}
