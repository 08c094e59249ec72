import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS, readRunConfig } from '../../src/run/run-config.ts';

describe('readRunConfig', () => {
  it('defaults to the mock credentials and a random seed', () => {
    const result = readRunConfig({});
    if (!result.ok) throw result.error;
    expect(result.value.token).toBe(MOCK_DEFAULTS.token);
    expect(result.value.forbiddenToken).toBe(MOCK_DEFAULTS.forbiddenToken);
    expect(result.value.serviceAccountId).toBe(MOCK_DEFAULTS.serviceAccountId);
    expect(result.value.baseUrl).toBeUndefined();
    expect(Number.isSafeInteger(result.value.seed)).toBe(true);
  });

  it('reads every variable', () => {
    const result = readRunConfig({
      CONTRACT_BASE_URL: 'https://staging.example.test/',
      CONTRACT_SPEC: './doc.yaml',
      CONTRACT_TOKEN: 'tok-123456',
      CONTRACT_FORBIDDEN_TOKEN: 'ro-123456',
      CONTRACT_SERVICE_ACCOUNT_ID: 'sa_1',
      CONTRACT_SEED: '42',
      CONTRACT_RUNS: '7',
      CONTRACT_TIMEOUT_MS: '900',
      CONTRACT_DISABLE_CHECKS: 'a, b',
      CONTRACT_STRICT: 'true',
    });
    if (!result.ok) throw result.error;
    expect(result.value).toMatchObject({
      baseUrl: 'https://staging.example.test',
      spec: './doc.yaml',
      token: 'tok-123456',
      forbiddenToken: 'ro-123456',
      serviceAccountId: 'sa_1',
      seed: 42,
      runs: 7,
      timeoutMs: 900,
      disabledChecks: ['a', 'b'],
      strict: true,
    });
  });

  it('has no forbidden token against a real target unless one is given', () => {
    const result = readRunConfig({ CONTRACT_BASE_URL: 'http://127.0.0.1:1' });
    expect(result.ok && result.value.forbiddenToken).toBeUndefined();
  });

  it('never sends the bundled mock token to a real target: without CONTRACT_TOKEN there is none', () => {
    const real = readRunConfig({ CONTRACT_BASE_URL: 'http://127.0.0.1:1' });
    expect(real.ok && real.value.token).toBe('');
    const mock = readRunConfig({});
    expect(mock.ok && mock.value.token).not.toBe('');
  });

  it.each([
    ['CONTRACT_RUNS', '0'],
    ['CONTRACT_RUNS', 'many'],
    ['CONTRACT_SEED', '-1'],
    ['CONTRACT_TIMEOUT_MS', '1.5'],
    ['CONTRACT_BASE_URL', 'ftp://x'],
    ['CONTRACT_BASE_URL', 'not a url'],
  ])('rejects %s=%s with a usage error naming the variable', (name, value) => {
    const result = readRunConfig({ [name]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OAC_ERR_USAGE');
    expect(result.error.message).toContain(name);
    expect(result.error.oneLine()).not.toContain('\n');
  });
});
