import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../src/mock/types.ts';
import { expectConforms } from './conformance.ts';
import { create, detailOf, keysPath, send, startMock, uniqueName, type Answer } from './support.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMock({ maxBodyBytes: 4096 });
});
afterAll(() => server.close());

function post(headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  return send(server, { headers, ...(body === undefined ? {} : { body }) });
}

/** The whole answer to bytes written on a raw socket. */
function rawPost(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.write(bytes);
  });
}

const json = (extra: Record<string, string> = {}): Record<string, string> => ({
  authorization: `Bearer ${server.credentials.token}`,
  'content-type': 'application/json',
  ...extra,
});

describe('authentication (401)', () => {
  it('accepts the Bearer scheme in any letter case', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'BeArEr']) {
      const answer = await post(
        json({ authorization: `${scheme} ${server.credentials.token}` }),
        JSON.stringify({ name: uniqueName() }),
      );
      expect(answer.status, scheme).toBe(201);
    }
  });

  it('refuses missing, empty, garbled, unknown and other-scheme credentials, before reading the body', async () => {
    const token = server.credentials.token;
    const variants: [string, string | undefined][] = [
      ['missing', undefined],
      ['empty', ''],
      ['scheme only', 'Bearer'],
      ['no scheme', token],
      ['garbled', `Bearer ${token} extra`],
      ['unknown', 'Bearer mock-token-unknown-000000000000'],
      ['basic', `Basic ${Buffer.from(`user:${token}`).toString('base64')}`],
      ['prefix of token', `Bearer ${token.slice(0, -1)}`],
    ];
    for (const [label, authorization] of variants) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization !== undefined) headers['authorization'] = authorization;
      const answer = await post(headers, '{"not":"even valid"');
      expect(answer.status, label).toBe(401);
      expect(answer.headers['www-authenticate'], label).toBe('Bearer realm="mock"');
      expect(detailOf(answer)).not.toContain(token);
      await expectConforms(answer);
    }
  });
});

describe('permission (403) and account (404)', () => {
  it('answers 403 to the read-only token, before the account or body', async () => {
    const answer = await send(server, {
      path: keysPath(server.credentials.unknownServiceAccountId),
      headers: json({ authorization: `Bearer ${server.credentials.readOnlyToken}` }),
      body: 'garbage',
    });
    expect(answer.status).toBe(403);
    expect(detailOf(answer)).toContain('read-only');
    await expectConforms(answer);
  });

  it('answers 404 to an unknown service account, before the body', async () => {
    const answer = await send(server, {
      path: keysPath(server.credentials.unknownServiceAccountId),
      headers: json(),
      body: 'garbage',
    });
    expect(answer.status).toBe(404);
    expect(detailOf(answer)).toContain(server.credentials.unknownServiceAccountId);
    await expectConforms(answer);
    const encoded = await send(server, {
      path: '/api/v0/service-accounts/%E0%A4%A/api-keys',
      headers: json(),
      body: '{}',
    });
    expect(encoded.status).toBe(404);
  });
});

describe('request validation (400)', () => {
  const cases: [string, Record<string, string>, string | Buffer | undefined, RegExp][] = [
    // undici sends `content-length: 0` for a bodiless POST; a truly missing body is sent raw below.
    ['no body', {}, undefined, /body is (missing|empty)/],
    ['empty body', {}, '', /body is empty/],
    ['blank body', {}, '  \n', /body is empty/],
    ['malformed JSON', {}, '{"name": "a",', /not valid JSON/],
    [
      'invalid UTF-8',
      {},
      Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      /not valid UTF-8/,
    ],
    ['missing content type', { 'content-type': '' }, '{"name":"a"}', /Content-Type/],
    ['text/plain', { 'content-type': 'text/plain' }, '{"name":"a"}', /"text\/plain" is not supported/],
    ['form', { 'content-type': 'application/x-www-form-urlencoded' }, 'name=a', /not supported/],
    ['too large', {}, JSON.stringify({ name: 'a'.repeat(5000) }), /larger than 4096 bytes/],
    ['array', {}, '[]', /invalid.*(object|type)/],
    ['null', {}, 'null', /invalid.*(object|type)/],
    ['no name', {}, '{}', /invalid.*name/],
    ['name null', {}, '{"name":null}', /invalid.*name/],
    ['name number', {}, '{"name":5}', /invalid.*name/],
    ['name empty', {}, '{"name":""}', /invalid.*name/],
    ['name 129 code points', {}, JSON.stringify({ name: 'é'.repeat(129) }), /invalid.*name/],
    ['expiresAt 0', {}, '{"name":"a","expiresAt":0}', /invalid.*expiresAt/],
    ['expiresAt negative', {}, '{"name":"a","expiresAt":-1}', /invalid.*expiresAt/],
    ['expiresAt float', {}, '{"name":"a","expiresAt":1.5}', /invalid.*expiresAt/],
    ['expiresAt string', {}, '{"name":"a","expiresAt":"5"}', /invalid.*expiresAt/],
    ['expiresAt null', {}, '{"name":"a","expiresAt":null}', /invalid.*expiresAt/],
    ['extra property', {}, '{"name":"a","admin":true}', /invalid.*admin/],
  ];

  for (const [label, headers, body, detail] of cases) {
    it(`answers 400 naming the problem: ${label}`, async () => {
      const merged = json(headers);
      if (merged['content-type'] === '') delete merged['content-type'];
      const answer = await post(merged, body);
      expect(answer.status).toBe(400);
      expect(detailOf(answer)).toMatch(detail);
      await expectConforms(answer);
    });
  }

  it('accepts JSON with media type parameters and any letter case', async () => {
    for (const type of [
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/json;charset="UTF-8"',
    ]) {
      const answer = await post(json({ 'content-type': type }), JSON.stringify({ name: uniqueName() }));
      expect(answer.status, type).toBe(201);
    }
  });

  it('accepts exactly 128 code points however many UTF-16 units or bytes they take', async () => {
    for (const char of ['a', 'é', '中', '😀']) {
      const answer = await create(server, { name: char.repeat(128) });
      expect(answer.status, char).toBe(201);
      await expectConforms(answer);
    }
  });

  it('keeps the connection usable after an oversize body', async () => {
    const big = await post(json(), Buffer.alloc(20_000, 0x20));
    expect(big.status).toBe(400);
    expect((await create(server, { name: uniqueName() })).status).toBe(201);
  });

  it('answers 400 to a request that announces no body at all', async () => {
    const answer = await rawPost(
      `POST ${keysPath(server.credentials.serviceAccountId)} HTTP/1.1\r\nHost: a\r\n` +
        `Authorization: Bearer ${server.credentials.token}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('the request body is missing');
  });
});
