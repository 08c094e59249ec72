import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { keysPath, send, startMock, type Answer } from './support.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMock({ maxBodyBytes: 8192 });
});
afterAll(() => server.close());

/** No input earns a 5xx, and every answer is a JSON problem, a created key or the document. */
function expectWellBehaved(answer: Answer): void {
  expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(500);
  expect(answer.headers['content-type']).toBe('application/json');
  const body = answer.json as Record<string, unknown>;
  if (answer.status < 400) {
    // A created key, or the document itself.
    expect('apiKey' in body || 'openapi' in body).toBe(true);
    return;
  }
  expect(body['status']).toBe(answer.status);
  expect(typeof body['title']).toBe('string');
  expect(typeof body['detail']).toBe('string');
}

const visible = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
const headerValue = visible.map((text) => text.trim());

const bodyArb: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }).map((name) => JSON.stringify({ name })),
  fc
    .record(
      {
        name: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 140 }), fc.jsonValue()),
        expiresAt: fc.oneof(fc.double(), fc.integer(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{"name":',
    '\uFEFF{"name":"a"}',
    '{"name":"\\ud800"}',
    '{"__proto__":{"name":"x"}}',
    '{"name":"a","name":null}',
    '1e999',
    '"'.repeat(3),
  ),
  fc.integer({ min: 8000, max: 9000 }).map((size) => JSON.stringify({ name: 'x'.repeat(size) })),
);

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'text/plain',
    'application/jsonx',
    ';',
    '*/*',
  ),
  headerValue,
);

const authorization = fc.oneof(
  fc
    .constantFrom('bearer', 'Bearer', 'BEARER', 'Basic', '')
    .map((scheme) => `${scheme} ${MOCK_DEFAULTS.token}`),
  fc.constant(`Bearer ${MOCK_DEFAULTS.readOnlyToken}`),
  headerValue.map((text) => `Bearer ${text}`),
  headerValue,
);

describe('hostile inputs', () => {
  it('never answer 5xx to random bodies under valid credentials', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, contentType, async (body, type) => {
        const headers = { authorization: `Bearer ${server.credentials.token}`, 'content-type': type };
        expectWellBehaved(await send(server, { headers, body }));
      }),
      { numRuns: 120 },
    );
  });

  it('never answer 5xx to random headers', async () => {
    const headerName = fc.stringMatching(/^x-[a-z0-9-]{1,20}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.option(authorization),
        fc.option(contentType),
        fc.dictionary(headerName, headerValue, { maxKeys: 5 }),
        bodyArb,
        async (auth, type, extra, body) => {
          const headers: Record<string, string> = { ...extra };
          if (auth !== null) headers['authorization'] = auth;
          if (type !== null) headers['content-type'] = type;
          expectWellBehaved(await send(server, { headers, body }));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never answer 5xx to random paths and methods', async () => {
    const segment = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(encodeURIComponent);
    const path = fc.oneof(
      segment.map((id) => keysPath(decodeURIComponent(id))),
      fc.constantFrom(
        '/',
        '/api/v0/openapi.json?x=%zz',
        '/api/v0/service-accounts/%/api-keys',
        '/api/v0/service-accounts/a%2Fb/api-keys',
        '//',
        '/api/v0/service-accounts/../api-keys',
      ),
      fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
    );
    const method = fc.constantFrom<('GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH')[]>(
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
    );
    await fc.assert(
      fc.asyncProperty(method, path, bodyArb, async (m, p, body) => {
        const headers = {
          authorization: `Bearer ${server.credentials.token}`,
          'content-type': 'application/json',
        };
        expectWellBehaved(
          await send(server, { method: m, path: p, headers, ...(m === 'GET' ? {} : { body }) }),
        );
      }),
      { numRuns: 100 },
    );
  });
});

/** Writes bytes on a raw socket and returns the status line of whatever comes back (or '' if the socket closes). */
function rawExchange(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1').split('\r\n')[0] ?? ''));
    socket.write(bytes, () => socket.end());
  });
}

describe('hostile HTTP', () => {
  it('answers unparseable requests with 4xx, never 5xx', async () => {
    const inputs = [
      'GARBAGE\r\n\r\n',
      'POST /x HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n',
      `POST ${keysPath('sa_contract_mock')} HTTP/1.1\r\nHost: a\r\nX: ${'v'.repeat(20_000)}\r\n\r\n`,
      `POST ${keysPath('sa_contract_mock')} HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello`,
      `POST ${keysPath('sa_contract_mock')} HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      Buffer.concat([Buffer.from('POST /\xff HTTP/1.1\r\nHost: a\r\n\r\n', 'latin1')]),
    ];
    for (const input of inputs) {
      const statusLine = await rawExchange(input);
      expect(statusLine, JSON.stringify(input).slice(0, 80)).toMatch(/^HTTP\/1\.1 4\d\d /);
    }
  });

  it('answers a body declared longer than it is, when the client hangs up, without crashing', async () => {
    const head = `POST ${keysPath('sa_contract_mock')} HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${server.credentials.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na`;
    await rawExchange(head);
    const answer = await send(server, { method: 'GET', path: '/api/v0/openapi.json' });
    expect(answer.status).toBe(200);
  });

  it('refuses a huge body with 400 or by closing, then keeps serving', async () => {
    const huge = Buffer.alloc(4 * 1024 * 1024, 0x61);
    const outcome = await send(server, {
      headers: { authorization: `Bearer ${server.credentials.token}`, 'content-type': 'application/json' },
      body: huge,
    }).then(
      (answer) => answer.status,
      () => 'closed',
    );
    expect([400, 'closed']).toContain(outcome);
    expect((await send(server, { method: 'GET', path: '/api/v0/openapi.json' })).status).toBe(200);
  });
});
