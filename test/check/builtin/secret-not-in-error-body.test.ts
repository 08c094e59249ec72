import { describe, expect, it } from 'vitest';
import { secretNotInErrorBody } from '../../../src/check/builtin/secret-not-in-error-body.ts';
import { rememberSecrets } from '../../../src/check/remember-secrets.ts';
import {
  apiKeyOperation,
  compiled,
  jsonResponse,
  makeOperation,
  textResponse,
  makeContext,
  makeExchange,
  mintedResponse,
  SECRET,
} from '../helpers.ts';

function contextWithMint() {
  const ctx = makeContext(apiKeyOperation());
  rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'op/duplicate/0' }));
  return ctx;
}

describe('secret_not_in_error_body', () => {
  it('passes an error body without minted values and skips success answers', () => {
    const ctx = contextWithMint();
    expect(
      secretNotInErrorBody.run(ctx, makeExchange(jsonResponse(409, { detail: 'name taken' }))).status,
    ).toBe('passed');
    expect(secretNotInErrorBody.run(ctx, makeExchange(mintedResponse())).status).toBe('skipped');
  });

  it('fails an error body echoing a minted value, redacted in the evidence', () => {
    const ctx = contextWithMint();
    const leak = jsonResponse(409, { detail: `key ${SECRET} exists`, status: 409, title: 'Conflict' });
    const outcome = secretNotInErrorBody.run(ctx, makeExchange(leak, { id: 'op/duplicate/1' }));
    expect(outcome).toMatchObject({ status: 'failed', groupKey: 'leak:409' });
    if (outcome.status !== 'failed') return;
    expect(outcome.message).toContain('op/duplicate/0');
    expect(outcome.evidence.excerpt).toContain('[REDACTED minted value]');
    expect(JSON.stringify(outcome)).not.toContain(SECRET);
  });

  it('finds a value hidden in a header or percent-encoded', () => {
    const ctx = contextWithMint();
    const inHeader = jsonResponse(400, {}, { location: `/keys?v=${encodeURIComponent(SECRET)}` });
    expect(secretNotInErrorBody.run(ctx, makeExchange(inHeader)).status).toBe('failed');
  });
});

describe('secret_not_in_error_body: secrets the run never saw', () => {
  const FRESH = 'fk_live_Qm2Rv7Np4Lk9Zx81aB3cD5eF7gH9iJ0k';

  it('fails a declared secret field in an error body, even a fresh value, and masks it', () => {
    const ctx = makeContext(apiKeyOperation());
    const exchange = makeExchange(
      jsonResponse(403, { detail: 'no', metadata: { apiKey: { value: FRESH } } }),
    );
    rememberSecrets(ctx, exchange);
    const outcome = secretNotInErrorBody.run(ctx, exchange);
    expect(outcome).toMatchObject({ status: 'failed', groupKey: 'leak:403' });
    if (outcome.status !== 'failed') return;
    expect(outcome.message).toContain('a secret under "value" at /metadata/apiKey/value');
    expect(JSON.stringify(outcome)).not.toContain(FRESH);
  });

  it('fails a writeOnly or format password property of any schema of the operation', () => {
    const request = { type: 'object', properties: { pin: { type: 'string', writeOnly: true } } };
    const op = makeOperation([{ status: '200' }, { status: '400' }]);
    op.requestBody = {
      required: true,
      media: [{ mediaType: 'application/json', schema: compiled(request) }],
    };
    const ctx = makeContext(op, { secretFields: [] });
    const leak = makeExchange(jsonResponse(400, { detail: 'bad', pin: 'a8Fq2zP0w' }));
    expect(secretNotInErrorBody.run(ctx, leak).status).toBe('failed');
  });

  it('fails a string shaped like the minted values (same prefix, alphabet, length), anywhere in the text', () => {
    const ctx = contextWithMint();
    const shaped = `fk_live_${'Zy9'.repeat(10)}ab`;
    expect(shaped).toHaveLength(SECRET.length);
    const exchange = makeExchange(textResponse(404, `no such key; try ${shaped}`));
    rememberSecrets(ctx, exchange);
    const outcome = secretNotInErrorBody.run(ctx, exchange);
    expect(outcome.status).toBe('failed');
    expect(JSON.stringify(outcome)).not.toContain(shaped);
    const otherLength = makeExchange(textResponse(404, `trace fk_live_${'Zy9'.repeat(5)}`));
    expect(secretNotInErrorBody.run(ctx, otherLength).status).toBe('passed');
  });

  it('notes a bare shape (no prefix): a request id of the same length is not an accusation', () => {
    const ctx = makeContext(apiKeyOperation());
    const bare = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1BcD4fGh7j';
    ctx.memory.mintedValues.set(bare, 'c1');
    const twin = 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1a';
    const outcome = secretNotInErrorBody.run(ctx, makeExchange(jsonResponse(500, { requestId: twin })));
    expect(outcome.status).toBe('noted');
  });

  it('does not accuse an echo of the request, short values or spaced text under a secret field', () => {
    const ctx = contextWithMint();
    const echoed = 'a-name-we-sent-123456';
    const body = {
      detail: 'bad',
      errors: [{ value: echoed }, { value: 'active' }, { value: 'not a key at all' }],
    };
    const exchange = makeExchange(jsonResponse(400, body), {
      body: { kind: 'json', value: { name: echoed } },
    });
    expect(secretNotInErrorBody.run(ctx, exchange).status).toBe('passed');
  });
});

describe('secret_not_in_error_body: no accusation from what was only masked in case', () => {
  it('a bare shape seen twice, or a value echoed from the request, stays uncertain', () => {
    const ctx = makeContext(apiKeyOperation());
    const bare = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1BcD4fGh7j';
    ctx.memory.mintedValues.set(bare, 'c1');
    const build = 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1a';
    for (let i = 0; i < 2; i++) {
      const exchange = makeExchange(jsonResponse(500, { build }));
      rememberSecrets(ctx, exchange);
      expect(secretNotInErrorBody.run(ctx, exchange).status).toBe('noted');
    }
    const known = contextWithMint();
    const echo = makeExchange(textResponse(401, `bad token ${SECRET}`), {
      headers: { authorization: `Bearer ${SECRET}` },
    });
    expect(secretNotInErrorBody.run(known, echo).status).toBe('passed');
  });
});
