import { describe, expect, it } from 'vitest';
import type { RequestCase } from '../../../src/generate/types.ts';
import type { Exchange, HttpClient } from '../../../src/http/types.ts';
import { MAX_REFRESHES, refreshingClient } from '../../../src/run/resources/refreshing-client.ts';

/** A server where a thing can be rotated once: the next rotation of the same id gets 409. */
function onceServer() {
  const spent = new Set<string>();
  const sent: string[] = [];
  const client: HttpClient = {
    send(requestCase) {
      const id = requestCase.pathParams['thingId'] ?? '';
      sent.push(id);
      const status = requestCase.expect === 'rejected' ? 400 : spent.has(id) ? 409 : 200;
      if (status === 200) spent.add(id);
      const response = { status, headers: {}, bodyText: '', bodyBytes: 0, truncated: false };
      return Promise.resolve({
        case: requestCase,
        request: {} as Exchange['request'],
        response,
        durationMs: 1,
      });
    },
    close: () => Promise.resolve(),
  };
  return { client, sent };
}

const rotation = (n: number, expect: RequestCase['expect'] = 'accepted'): RequestCase =>
  ({
    id: `rotate/${n}`,
    operationId: 'rotate',
    pathParams: { thingId: 't0' },
    expect,
  }) as unknown as RequestCase;

function refreshing(inner: HttpClient) {
  let made = 0;
  const recreate = () => Promise.resolve({ thingId: `t${++made}` });
  return refreshingClient(inner, { operationId: 'rotate', planned: { thingId: 't0' }, recreate });
}

describe('refreshingClient', () => {
  it('replaces a consumed resource and sends the case again against the fresh one', async () => {
    const server = onceServer();
    const client = refreshing(server.client);
    const statuses = [];
    for (let n = 0; n < 3; n++) statuses.push((await client.send(rotation(n))).response?.status);
    expect(statuses).toEqual([200, 200, 200]);
    expect(server.sent).toEqual(['t0', 't0', 't1', 't1', 't2']);
  });

  it('leaves other operations, credential cases and unused resources alone', async () => {
    const server = onceServer();
    const client = refreshing(server.client);
    await client.send({ ...rotation(0), operationId: 'other' });
    await client.send({ ...rotation(1), expect: 'unauthenticated' });
    expect((await client.send(rotation(2, 'rejected'))).response?.status).toBe(400);
    expect(server.sent).toEqual(['t0', 't0', 't0']);
  });

  it('sends the cases of one operation one at a time, and stops refreshing at the cap', async () => {
    const server = onceServer();
    const client = refreshing(server.client);
    const all = Array.from({ length: MAX_REFRESHES + 5 }, (_, n) => client.send(rotation(n)));
    const statuses = (await Promise.all(all)).map((exchange) => exchange.response?.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(MAX_REFRESHES + 1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(4);
  });
});
