import { describe, expect, it } from 'vitest';
import { rememberSecrets } from '../../src/check/remember-secrets.ts';
import {
  jsonResponse,
  makeContext,
  makeExchange,
  makeOperation,
  mintedResponse,
  apiKeyOperation,
  SECRET,
  textResponse,
} from './helpers.ts';

describe('rememberSecrets', () => {
  it('registers minted values and ids of a 2xx answer, first minter winning', () => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'c1' }));
    rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'c2' }));
    expect(ctx.memory.mintedValues.get(SECRET)).toBe('c1');
    expect(ctx.memory.mintedIds.get('key-1')).toBe('c1');
    expect(ctx.memory.redactor.redact(`x${SECRET}x`)).toBe('x[REDACTED minted value]x');
  });

  it('mints nothing from error answers, but masks the secrets they should not hold', () => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(jsonResponse(400, { detail: 'bad', status: 400, title: 'Bad' })));
    rememberSecrets(ctx, makeExchange(undefined));
    expect(ctx.memory.redactor.size).toBe(0);
    rememberSecrets(ctx, makeExchange(jsonResponse(400, { value: SECRET })));
    expect(ctx.memory.mintedValues.size).toBe(0);
    expect(ctx.memory.redactor.redact(SECRET)).toBe('[REDACTED minted value]');
  });

  it('registers properties the response schema marks writeOnly or format password, by name', () => {
    const schema = {
      type: 'object',
      properties: {
        secret: { $ref: '#/$defs/Secret' },
        pin: { type: 'string', writeOnly: true },
        note: { type: 'string' },
      },
      $defs: { Secret: { type: 'string', format: 'password' } },
    };
    const ctx = makeContext(
      makeOperation([{ status: '200', media: [{ mediaType: 'application/json', schema }] }]),
    );
    rememberSecrets(
      ctx,
      makeExchange(jsonResponse(200, { secret: 'hunter22', pin: '123456', note: 'plain text' })),
    );
    const text = ctx.memory.redactor.redact('hunter22 123456 plain text');
    expect(text).toBe('[REDACTED minted value] [REDACTED minted value] plain text');
  });

  it('redacts a fingerprint that gives away most of the value', () => {
    const ctx = makeContext(apiKeyOperation());
    const fingerprint = SECRET.slice(2);
    rememberSecrets(ctx, makeExchange(mintedResponse({ fingerprint })));
    expect(ctx.memory.redactor.redact(fingerprint)).not.toContain(fingerprint);
    const shortCtx = makeContext(apiKeyOperation());
    rememberSecrets(shortCtx, makeExchange(mintedResponse()));
    expect(shortCtx.memory.redactor.redact(SECRET.slice(-4))).toBe(SECRET.slice(-4));
  });
});

describe('rememberSecrets on a body that is not JSON', () => {
  const VALUE = 'fk_9c2e4b7a1d3f5e6c8b0a2d4f6e8c0b1aZ';
  const broken = [
    `{"apiKey":{"id":"key_1","name":"a"b","value":"${VALUE}","fingerprint":"${VALUE.slice(-8)}"}}`,
    `{"apiKey": {"name": "a"b", "value" :  "${VALUE}"`,
    `{"apiKey":{"name":"a"b","value":"${VALUE.slice(0, 20)}`,
    `{"apiKey":{"name":"a"b","value":"${VALUE.slice(0, 10)}\\"${VALUE.slice(10)}"}}`,
    `oops {name: a"b, value: ${VALUE}}`,
  ];

  it.each(broken)('masks the secret of a minting operation in %s', (text) => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(textResponse(201, text, { 'content-type': 'application/json' })));
    const masked = ctx.memory.redactor.redact(text);
    expect(masked).toContain('[REDACTED ');
    for (let start = 0; start + 10 <= VALUE.length; start++)
      expect(masked).not.toContain(VALUE.slice(start, start + 10));
  });

  it('leaves names and words alone, and bodies of operations that mint nothing', () => {
    const ctx = makeContext(apiKeyOperation());
    const text = '{"apiKey":{"name":"createServiceAccountApiKey","value":"sh';
    rememberSecrets(ctx, makeExchange(textResponse(201, text)));
    expect(ctx.memory.redactor.redact(text)).toBe(text);
    const plain = makeContext(makeOperation([{ status: '200' }]), { secretFields: [] });
    rememberSecrets(plain, makeExchange(textResponse(200, `{"token":"${VALUE}`)));
    expect(plain.memory.redactor.size).toBe(0);
  });
});
