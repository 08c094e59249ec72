import { request } from 'undici';
import { err, ok, type Result } from '../core/result.ts';

/** Any HTTP answer means reachable; a refused or timed-out connection is an environment error (exit 2). */
export async function checkReachable(baseUrl: string, timeoutMs: number): Promise<Result<void>> {
  try {
    const response = await request(baseUrl, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    await response.body.dump();
    return ok(undefined);
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return err('OAC_ERR_TARGET_UNREACHABLE', `target ${baseUrl} does not answer (${reason})`);
  }
}
