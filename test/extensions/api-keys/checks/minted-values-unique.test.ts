import { describe, expect, it } from 'vitest';
import { mintedValuesUnique } from '../../../../src/extensions/api-keys/checks/minted-values-unique.ts';
import { rememberSecrets } from '../../../../src/check/remember-secrets.ts';
import {
  apiKeyOperation,
  makeContext,
  makeExchange,
  mintedResponse,
  SECRET,
} from '../../../check/helpers.ts';

describe('minted_values_unique', () => {
  it('passes a first mint, also once remembered', () => {
    const ctx = makeContext(apiKeyOperation());
    const exchange = makeExchange(mintedResponse(), { id: 'op/positive/1' });
    rememberSecrets(ctx, exchange);
    expect(mintedValuesUnique.run(ctx, exchange).status).toBe('passed');
  });

  it('fails a value or an id returned before to another case, without showing the value', () => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'op/positive/1' }));
    const again = makeExchange(mintedResponse(), { id: 'op/positive/2' });
    rememberSecrets(ctx, again);
    const outcome = mintedValuesUnique.run(ctx, again);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.evidence.actual).toContain('the key value was already returned to case op/positive/1');
    expect(outcome.evidence.actual).toContain(
      'the key id "key-1" was already returned to case op/positive/1',
    );
    expect(JSON.stringify(outcome)).not.toContain(SECRET);
  });

  it('fails a reused id with a new value', () => {
    const ctx = makeContext(apiKeyOperation());
    rememberSecrets(ctx, makeExchange(mintedResponse(), { id: 'a' }));
    const again = makeExchange(mintedResponse({ value: `${SECRET}X`, fingerprint: 'X' }), { id: 'b' });
    rememberSecrets(ctx, again);
    expect(mintedValuesUnique.run(ctx, again)).toMatchObject({
      status: 'failed',
      evidence: { actual: 'the key id "key-1" was already returned to case a' },
    });
  });
});
