import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { resolveMockOptions } from '../../src/mock/resolve-options.ts';
import type { MockOptions } from '../../src/mock/types.ts';

describe('resolveMockOptions', () => {
  it('fills in the documented defaults', () => {
    const resolved = resolveMockOptions();
    expect(resolved.ok && resolved.value).toMatchObject({
      host: '127.0.0.1',
      port: 0,
      token: MOCK_DEFAULTS.token,
      readOnlyToken: MOCK_DEFAULTS.readOnlyToken,
      serviceAccounts: [MOCK_DEFAULTS.serviceAccountId, MOCK_DEFAULTS.secondServiceAccountId],
      unknownServiceAccountId: MOCK_DEFAULTS.unknownServiceAccountId,
      quota: 100_000,
      maxBodyBytes: 1024 * 1024,
      latencyMs: 0,
    });
    expect(MOCK_DEFAULTS.specPath).toMatch(/fixtures\/create-service-account-api-key\.openapi\.yaml$/);
  });

  it('keeps the unknown account id unknown', () => {
    const resolved = resolveMockOptions({ serviceAccounts: [MOCK_DEFAULTS.unknownServiceAccountId] });
    expect(resolved.ok && resolved.value.unknownServiceAccountId).toBe(
      `${MOCK_DEFAULTS.unknownServiceAccountId}_x`,
    );
  });

  it('refuses each bad option with OAC_ERR_USAGE and a message naming it', () => {
    const bad: [MockOptions, string][] = [
      [{ faults: ['no-such-fault' as FaultName] }, 'unknown fault "no-such-fault"'],
      [{ port: 70_000 }, 'port 70000'],
      [{ quota: -1 }, 'quota -1'],
      [{ maxBodyBytes: 0 }, 'maxBodyBytes 0'],
      [{ latencyMs: 1.5 }, 'latencyMs 1.5'],
      [{ tokens: { full: 'has space' } }, 'token "has space"'],
      [{ tokens: { full: 'same', readOnly: 'same' } }, 'tokens are the same'],
      [{ serviceAccounts: [] }, 'serviceAccounts is empty'],
      [{ serviceAccounts: ['a/b'] }, '"a/b"'],
      [{ serviceAccounts: ['a', 'a'] }, 'duplicates'],
    ];
    for (const [options, words] of bad) {
      const resolved = resolveMockOptions(options);
      expect(resolved.ok, words).toBe(false);
      if (!resolved.ok) {
        expect(resolved.error.code).toBe('OAC_ERR_USAGE');
        expect(resolved.error.message).toContain(words);
      }
    }
  });
});
