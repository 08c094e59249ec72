import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointLength, stringLengths } from '../../src/core/unicode.ts';
import { toWireRequest } from '../../src/http/to-wire-request.ts';
import { caseFromStep } from '../../src/run/case-from-step.ts';
import { parseReplayFile, readReplayFile } from '../../src/run/read-replay-file.ts';
import type { RecordedStep } from '../../src/run/recorded-step.ts';
import { refreshIdentity } from '../../src/run/refresh-identity.ts';
import { REPLAY_FORMAT, type ReplayFile } from '../../src/run/replay-file.ts';
import { STEP } from '../report/support/fake-results.ts';

const OPTIONS = {
  baseUrl: 'http://127.0.0.1:9/base',
  token: 'tok-secret-123456',
  timeoutMs: 1000,
  maxResponseBytes: 1000,
};

const FILE: ReplayFile = {
  format: REPLAY_FORMAT,
  version: 1,
  finding: { fingerprint: 'f', operationId: 'op', check: 'c', severity: 'high', groupKey: 'g', message: 'm' },
  recorded: {
    target: 'http://127.0.0.1:1',
    at: '2026-01-01T00:00:00Z',
    seed: 1,
    spec: { source: 's', chosen: 'given', hash: 'h' },
  },
  steps: [STEP],
};

function step(
  overrides: Partial<RecordedStep> = {},
  request: Partial<RecordedStep['request']> = {},
): RecordedStep {
  return { ...STEP, ...overrides, request: { ...STEP.request, ...request } };
}

describe('caseFromStep', () => {
  it("names the path parameters the recorded path gives the operation's template, below any server path", () => {
    const recorded = step({}, { path: '/v1/accounts/sa%201/keys/k_2?verbose=1' });
    expect(caseFromStep(recorded, '/accounts/{accountId}/keys/{keyId}').pathParams).toEqual({
      accountId: 'sa 1',
      keyId: 'k_2',
    });
    expect(caseFromStep(recorded, '/accounts/{accountId}').pathParams).toEqual({});
    expect(caseFromStep(recorded).pathParams).toEqual({});
    // The path sent stays the recorded one, whatever the template says.
    expect(
      toWireRequest(caseFromStep(recorded, '/accounts/{accountId}/keys/{keyId}'), OPTIONS).wire.url,
    ).toBe('http://127.0.0.1:9/base/v1/accounts/sa%201/keys/k_2?verbose=1');
  });

  it('sends the recorded method, path, headers and body exactly, with the real token for the placeholder', () => {
    const { wire, recorded } = toWireRequest(
      caseFromStep(step({}, { path: '/a/%2E%2E/b?q=%20x&q=y' })),
      OPTIONS,
    );
    expect(wire.url).toBe('http://127.0.0.1:9/base/a/%2E%2E/b?q=%20x&q=y');
    expect(wire.method).toBe('POST');
    expect(wire.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer tok-secret-123456',
    });
    expect(wire.body).toBe(STEP.request.body);
    expect(recorded.headers.authorization).toBe('Bearer $CONTRACT_TOKEN');
  });

  it('keeps the text of a body whose JSON would not serialise back the same, and its content type', () => {
    const text = '{"expiresAt": 1.50, "name": "a"}';
    const { wire } = toWireRequest(
      caseFromStep(step({}, { body: text, headers: { 'Content-Type': 'text/plain' } })),
      OPTIONS,
    );
    expect(wire.body).toBe(text);
    expect(wire.headers['content-type']).toBe('text/plain');
  });

  it('rebuilds the credentials from the auth mode: none, garbled, unknown', () => {
    const none = toWireRequest(caseFromStep(step({ auth: 'none' }, { headers: {} })), OPTIONS).wire;
    expect(none.headers.authorization).toBeUndefined();
    const garbled = toWireRequest(caseFromStep(step({ auth: 'garbled' })), OPTIONS).wire;
    expect(garbled.headers.authorization).toMatch(/^Bearer /);
    expect(garbled.headers.authorization).not.toContain(OPTIONS.token);
    expect(garbled.headers.authorization).toHaveLength(`Bearer ${OPTIONS.token}`.length);
  });

  it('gives the checks the case expectation, reason and tolerated statuses, and the body as a value', () => {
    const requestCase = caseFromStep(
      step({
        tolerated: [413],
        reason: {
          location: 'body',
          keyword: 'maxLength',
          schemaPath: '#/x',
          instancePath: '/name',
          description: 'd',
        },
      }),
    );
    expect(requestCase).toMatchObject({
      expect: 'rejected',
      tolerated: [413],
      reason: { keyword: 'maxLength' },
      body: { kind: 'json' },
    });
  });
});

describe('refreshIdentity', () => {
  it('re-tags identity fields keeping every length, and renames a repeated name the same way', () => {
    const name = '😀名 x'.repeat(10);
    const first = step({}, { body: JSON.stringify({ name, expiresAt: 5 }) });
    const renames = new Map<string, string>();
    let n = 1000n;
    const a = refreshIdentity(first, renames, () => n++);
    const b = refreshIdentity({ ...first, caseId: 'again' }, renames, () => n++);
    const fresh = (JSON.parse(a.step.request.body ?? '') as { name: string }).name;
    expect(fresh).not.toBe(name);
    expect(stringLengths(fresh)).toEqual(stringLengths(name));
    expect(b.step.request.body).toBe(a.step.request.body);
    expect(a.unique).toBe(true);
  });

  it('says when a name is too short to carry a fresh tag, and leaves other bodies alone', () => {
    const tiny = refreshIdentity(step({}, { body: '{"name":"a"}' }), new Map(), () => 10n ** 12n);
    expect(codePointLength((JSON.parse(tiny.step.request.body ?? '') as { name: string }).name)).toBe(1);
    expect(tiny.unique).toBe(false);
    const raw = step({ bodyKind: 'raw' }, { body: '{"name":"abcdefgh"}' });
    expect(refreshIdentity(raw, new Map(), () => 1n).step).toBe(raw);
    const none = step({ uniqueFields: undefined });
    expect(refreshIdentity(none, new Map(), () => 1n).step).toBe(none);
  });
});

describe('parseReplayFile and readReplayFile', () => {
  it('reads back what is written', () => {
    const parsed = parseReplayFile(JSON.stringify(FILE), 'x');
    expect(parsed.ok && parsed.value).toEqual(FILE);
  });

  it.each([
    ['not json', /not valid JSON/],
    [JSON.stringify({ ...FILE, version: 2 }), /\/version must be equal to constant/],
    [JSON.stringify({ ...FILE, steps: [] }), /\/steps must NOT have fewer than 1 items/],
    [JSON.stringify({ ...FILE, steps: [{ ...STEP, auth: 'root' }] }), /\/steps\/0\/auth/],
    [
      JSON.stringify({ ...FILE, steps: [{ ...STEP, request: { ...STEP.request, method: 'BREW' } }] }),
      /method/,
    ],
    [
      JSON.stringify({ ...FILE, steps: [{ ...STEP, request: { ...STEP.request, path: 'http://x' } }] }),
      /path/,
    ],
  ])('rejects %s with a one-line OAC_ERR_REPLAY_INVALID', (text, problem) => {
    const result = parseReplayFile(text, 'r.json');
    expect(!result.ok && result.error.code).toBe('OAC_ERR_REPLAY_INVALID');
    expect(!result.ok && result.error.oneLine()).toMatch(problem);
    expect(!result.ok && result.error.oneLine()).toContain('r.json');
  });

  it('reports a missing file as OAC_ERR_REPLAY_READ and reads a written one', () => {
    const missing = readReplayFile('/nonexistent/x.replay.json');
    expect(!missing.ok && missing.error.oneLine()).toMatch(
      /^OAC_ERR_REPLAY_READ: cannot read replay file \/nonexistent\/x.replay.json \(ENOENT\)$/,
    );
    const path = join(mkdtempSync(join(tmpdir(), 'replay-')), 'x.replay.json');
    writeFileSync(path, JSON.stringify(FILE));
    expect(readReplayFile(path).ok).toBe(true);
  });
});
