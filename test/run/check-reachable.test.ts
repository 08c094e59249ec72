import { describe, expect, it } from 'vitest';
import { checkReachable } from '../../src/run/check-reachable.ts';
import { startHostileServer } from '../hostile/servers.ts';

describe('checkReachable', () => {
  it('takes any status line as an answer, without waiting for a body that never ends', async () => {
    for (const behaviour of ['endlessChunked', 'trickle'] as const) {
      const server = await startHostileServer(behaviour);
      try {
        // Generous: the body alone would hold the probe until the timeout.
        expect(await checkReachable(server.url, 3_000)).toEqual({ ok: true, value: undefined });
      } finally {
        await server.close();
      }
    }
  });

  it('says which target does not answer, as a value', async () => {
    const server = await startHostileServer('neverAnswers');
    try {
      const reached = await checkReachable(server.url, 200);
      expect(!reached.ok && reached.error.code).toBe('OAC_ERR_TARGET_UNREACHABLE');
      expect(!reached.ok && reached.error.message).toContain(`target ${server.url} does not answer`);
    } finally {
      await server.close();
    }
  });
});
