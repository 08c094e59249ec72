import { describe, expect, it } from 'vitest';
import type { TransportVerdict } from '../../src/http/transport-watch.ts';
import type { Exchange, HttpClient } from '../../src/http/types.ts';
import { MAX_FAILURES_DESPITE_PROBE, watchTransport } from '../../src/http/watch-transport.ts';
import { makeCase } from './helpers.ts';

/** A client whose every request gets no answer (a reset), as a server dropping some inputs does. */
const dropping: HttpClient = {
  send: (requestCase) =>
    Promise.resolve({
      case: requestCase,
      error: { code: 'reset', message: 'socket hang up' },
    } as unknown as Exchange),
  close: () => Promise.resolve(),
};

async function sendMany(client: HttpClient, count: number): Promise<void> {
  for (let index = 0; index < count; index++) await client.send(makeCase());
}

describe('watchTransport with a probe', () => {
  it('does not stop the run while the target still answers a plain request: the failures are findings', async () => {
    const verdicts: TransportVerdict[] = [];
    let probes = 0;
    const probe = () => Promise.resolve((probes += 1) > 0);
    await sendMany(
      watchTransport(dropping, (verdict) => verdicts.push(verdict), { probe }),
      12,
    );
    expect(verdicts).toEqual([]);
    // One probe per streak of five.
    expect(probes).toBe(2);
  });

  it('stops it once the probe gets no answer either, saying so once', async () => {
    const verdicts: TransportVerdict[] = [];
    const probe = () => Promise.resolve(false);
    await sendMany(
      watchTransport(dropping, (verdict) => verdicts.push(verdict), { probe }),
      8,
    );
    expect(verdicts.map((verdict) => verdict.code)).toEqual(['OAC_ERR_TARGET_FAILING']);
  });

  it('asks one probe for exchanges that finish together', async () => {
    const verdicts: TransportVerdict[] = [];
    let probes = 0;
    const probe = async () => {
      probes += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return false;
    };
    const client = watchTransport(dropping, (verdict) => verdicts.push(verdict), { probe });
    await Promise.all(Array.from({ length: 8 }, () => client.send(makeCase())));
    expect(probes).toBe(1);
    expect(verdicts).toHaveLength(1);
  });
});

describe('watchTransport past the probe', () => {
  it('stops the run after 25 failures in a row even while the probe is answered: every API request fails', async () => {
    const verdicts: TransportVerdict[] = [];
    const probe = () => Promise.resolve(true);
    await sendMany(
      watchTransport(dropping, (verdict) => verdicts.push(verdict), { probe }),
      24,
    );
    expect(verdicts).toEqual([]);
    const client = watchTransport(dropping, (verdict) => verdicts.push(verdict), { probe });
    await sendMany(client, MAX_FAILURES_DESPITE_PROBE);
    expect(verdicts.map((verdict) => verdict.code)).toEqual(['OAC_ERR_TARGET_FAILING']);
  });
});
