import { describe, expect, it } from 'vitest';
import { secretNotInErrorBody } from '../../../src/check/builtin/secret-not-in-error-body.ts';
import { rememberSecrets } from '../../../src/check/remember-secrets.ts';
import {
  apiKeyOperation,
  jsonResponse,
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
