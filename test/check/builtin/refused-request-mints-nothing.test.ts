import { describe, expect, it } from 'vitest';
import { refusedRequestMintsNothing } from '../../../src/check/builtin/refused-request-mints-nothing.ts';
import { rememberSecrets } from '../../../src/check/remember-secrets.ts';
import {
  apiKeyOperation,
  jsonResponse,
  makeContext,
  makeExchange,
  makeOperation,
  mintedResponse,
  SECRET,
  textResponse,
} from '../helpers.ts';

const FRESH = 'fk_live_Qm2Rv7Np4Lk9Zx81aB3cD5eF7gH9iJ0k';
const mintedKey = { id: 'key-9', value: FRESH, fingerprint: FRESH.slice(-4), name: 'x' };

describe('refused_request_mints_nothing', () => {
  it('fails a 403 whose body shows a freshly minted key, masked in the outcome', () => {
    const ctx = makeContext(apiKeyOperation());
    const exchange = makeExchange(
      jsonResponse(403, {
        detail: 'forbidden',
        status: 403,
        title: 'Forbidden',
        metadata: { apiKey: mintedKey },
      }),
      { expect: 'forbidden', auth: 'forbidden' },
    );
    rememberSecrets(ctx, exchange);
    const outcome = refusedRequestMintsNothing.run(ctx, exchange);
    expect(outcome).toMatchObject({ status: 'failed', groupKey: 'refused-mint:403' });
    if (outcome.status !== 'failed') return;
    expect(outcome.message).toContain('/metadata/apiKey/value');
    expect(JSON.stringify(outcome)).not.toContain(FRESH);
  });

  it('fails a key-shaped value in the text of a 401 once the run knows the shape', () => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'c1' }));
    const exchange = makeExchange(textResponse(401, `created ${FRESH.slice(0, SECRET.length)} anyway`));
    expect(refusedRequestMintsNothing.run(ctx, exchange).status).toBe('failed');
  });

  it('reads the declared secret field in the raw text of a refusal that is not JSON', () => {
    const ctx = makeContext(apiKeyOperation());
    const exchange = makeExchange(
      textResponse(403, `{"detail":"no","apiKey":{"value":"${FRESH}","name":"a"b"}}`),
    );
    rememberSecrets(ctx, exchange);
    const outcome = refusedRequestMintsNothing.run(ctx, exchange);
    expect(outcome.status).toBe('failed');
    expect(JSON.stringify(outcome)).not.toContain(FRESH);
  });

  it('leaves a known value echoed in an error to secret_not_in_error_body', () => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'c1' }));
    const echo = makeExchange(
      jsonResponse(409, { detail: `exists: ${SECRET}`, status: 409, title: 'Conflict' }),
    );
    rememberSecrets(ctx, echo);
    expect(refusedRequestMintsNothing.run(ctx, echo).status).toBe('passed');
  });

  it('skips success answers, server errors and operations that mint nothing', () => {
    const ctx = makeContext(apiKeyOperation());
    expect(refusedRequestMintsNothing.run(ctx, makeExchange(mintedResponse())).status).toBe('skipped');
    const crash = makeExchange(jsonResponse(500, { apiKey: mintedKey }));
    expect(refusedRequestMintsNothing.run(ctx, crash).status).toBe('skipped');
    const plain = makeContext(makeOperation([{ status: '200' }, { status: '403' }]));
    const refused = makeExchange(jsonResponse(403, { apiKey: mintedKey }));
    expect(refusedRequestMintsNothing.run(plain, refused).status).toBe('skipped');
  });

  it('passes an ordinary refusal', () => {
    const ctx = makeContext(apiKeyOperation());
    const refused = makeExchange(
      jsonResponse(403, { detail: 'read-only token', status: 403, title: 'Forbidden' }),
    );
    expect(refusedRequestMintsNothing.run(ctx, refused).status).toBe('passed');
  });
});
