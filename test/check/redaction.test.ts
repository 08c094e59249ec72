import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
import { rememberSecrets } from '../../src/check/remember-secrets.ts';
import { runChecks } from '../../src/check/run-checks.ts';
import type { CheckContext, CheckResult } from '../../src/check/types.ts';
import type { Reason } from '../../src/generate/types.ts';
import type { Exchange, ReceivedResponse } from '../../src/http/types.ts';
import { jsonResponse, makeContext, makeExchange, makeOperation, SECRET, textResponse } from './helpers.ts';

const TOKEN = 'tok_live_Zx81Qm2Rv7Np4Lk9';

const apiKey = {
  type: 'object',
  properties: {
    apiKey: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        value: { type: 'string' },
        fingerprint: { type: 'string' },
        name: { type: 'string' },
      },
      additionalProperties: false,
    },
  },
};
const headers = [
  { name: 'X-Key-Echo', required: false, schema: { type: 'string', maxLength: 3 } },
  { name: 'X-Required', required: true },
];
const operation = makeOperation([
  { status: '201', media: [{ mediaType: 'application/json', schema: apiKey }], headers },
  ...['400', '401', '403', '404', '409', '500'].map((status) => ({
    status,
    media: [{ mediaType: 'application/json', schema: { type: 'object', required: ['detail'] } }],
  })),
]);

/** Exchanges that, together, make every built-in check fail with the secrets planted everywhere. */
function scenarios(secret: string, token: string): Exchange[] {
  const planted = `${secret} ${token}`;
  const reason: Reason = {
    location: 'body',
    keyword: 'maxLength',
    schemaPath: `#/${secret}`,
    instancePath: '/name',
    description: `name is ${planted}`,
  };
  const minted = (): ReceivedResponse =>
    jsonResponse(
      201,
      { apiKey: { id: 'key-1', value: secret, fingerprint: secret, name: 'other', [secret]: token } },
      { 'x-key-echo': planted },
    );
  const leaky = (status: number) =>
    textResponse(status, `{"detail": "${planted}"`, {
      'content-type': `application/x-${secret}`,
      'x-echo': planted,
    });
  const sentName = { title: `case ${planted}`, body: { kind: 'json' as const, value: { name: planted } } };
  const transport = (code: 'timeout' | 'reset' | 'protocol' | 'too-large') => ({
    error: { code, message: `${code} ${planted}` },
  });
  return [
    makeExchange(minted(), { ...sentName, id: 'again', expect: 'rejected', reason }),
    makeExchange(minted(), { ...sentName, expect: 'unauthenticated', auth: 'none' }),
    makeExchange(minted(), { ...sentName, expect: 'forbidden', auth: 'forbidden' }),
    makeExchange(leaky(500), sentName),
    makeExchange(leaky(418), sentName),
    makeExchange(leaky(400), { ...sentName, expect: 'accepted' }),
    makeExchange(leaky(400), { ...sentName, expect: 'not-found' }),
    makeExchange(leaky(401), { ...sentName, auth: 'scheme-lowercase' }),
    makeExchange(leaky(201), sentName),
    makeExchange(
      jsonResponse(404, { detail: planted, status: 400 }, { 'content-type': 'application/problem+json' }),
      sentName,
    ),
    makeExchange(jsonResponse(403, { detail: 'no', apiKey: { value: `${secret}x` } }), sentName),
    makeExchange({ ...minted(), truncated: true }, sentName, { durationMs: 10_000 }),
    makeExchange(undefined, sentName, transport('timeout')),
    makeExchange(undefined, sentName, transport('reset')),
    makeExchange(undefined, sentName, transport('protocol')),
    makeExchange(undefined, sentName, transport('too-large')),
  ];
}

function mintedContext(secret: string, token: string): CheckContext {
  const ctx = makeContext(operation, { responseTimeLimitMs: 100 });
  ctx.memory.redactor.add(token, 'token');
  rememberSecrets(
    ctx,
    makeExchange(jsonResponse(201, { apiKey: { id: 'key-1', value: secret } }), { id: 'first' }),
  );
  return ctx;
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...allStrings(child)]);
}

/** Whether any 12-character window of the secret shows: a secret cut in two leaks too. */
function leaksPart(texts: string[], secret: string): boolean {
  const window = Math.min(12, secret.length);
  for (let start = 0; start + window <= secret.length; start++) {
    const part = secret.slice(start, start + window);
    if (texts.some((text) => text.includes(part))) return true;
  }
  return false;
}

function runAll(secret: string, token: string): CheckResult[] {
  const ctx = mintedContext(secret, token);
  return scenarios(secret, token).flatMap((exchange) => runChecks(builtinChecks, ctx, exchange).results);
}

describe('redaction of evidence', () => {
  it('never shows a minted value or a token in any outcome of any check', () => {
    const results = runAll(SECRET, TOKEN);
    const failedChecks = new Set(
      results.filter((result) => result.outcome.status === 'failed').map((result) => result.check),
    );
    expect([...failedChecks].sort()).toEqual(builtinChecks.map((check) => check.name).sort());
    const text = JSON.stringify(results);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodeURIComponent(SECRET));
    expect(text).toContain('[REDACTED minted value]');
    expect(leaksPart(allStrings(results), SECRET)).toBe(false);
    expect(leaksPart(allStrings(results), TOKEN)).toBe(false);
  });

  it('holds for any token-like secret and token', () => {
    const secretLike = fc.stringMatching(/^[A-Za-z0-9_.~+/=-]{16,48}$/);
    fc.assert(
      fc.property(secretLike, secretLike, (secret, token) => {
        fc.pre(!secret.includes(token) && !token.includes(secret));
        const texts = allStrings(runAll(secret, token));
        expect(leaksPart(texts, secret)).toBe(false);
        expect(leaksPart(texts, token)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
