import { describe, expect, it } from 'vitest';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { SAFETY_DEFAULTS } from '../../../src/run/safety/safety-config.ts';

describe('safety settings in readRunConfig', () => {
  it('leaves the bundled mock and loopback targets unlimited, and gives a shared one a modest budget and rate', () => {
    for (const local of [
      {},
      { CONTRACT_BASE_URL: 'http://127.0.0.1:8080' },
      { CONTRACT_BASE_URL: 'http://localhost:1' },
    ]) {
      const result = readRunConfig(local);
      if (!result.ok) throw result.error;
      expect(result.value).toMatchObject({
        maxCreates: undefined,
        rate: undefined,
        allowProduction: false,
        productionUrls: [],
      });
    }
    const shared = readRunConfig({ CONTRACT_BASE_URL: 'https://staging.example.test' });
    if (!shared.ok) throw shared.error;
    expect(shared.value).toMatchObject({
      maxCreates: SAFETY_DEFAULTS.maxCreates,
      rate: SAFETY_DEFAULTS.rate,
    });
  });

  it('reads CONTRACT_MAX_CREATES, CONTRACT_RATE, CONTRACT_ALLOW_PRODUCTION and CONTRACT_PRODUCTION_URLS', () => {
    const result = readRunConfig({
      CONTRACT_BASE_URL: 'https://staging.example.test',
      CONTRACT_MAX_CREATES: '0',
      CONTRACT_RATE: '2.5',
      CONTRACT_ALLOW_PRODUCTION: '1',
      CONTRACT_PRODUCTION_URLS: 'https://api.example.test/v1, api2.example.test',
    });
    if (!result.ok) throw result.error;
    expect(result.value).toMatchObject({
      maxCreates: 0,
      rate: 2.5,
      allowProduction: true,
      productionUrls: ['https://api.example.test/v1', 'api2.example.test'],
    });
  });

  it.each([
    ['CONTRACT_MAX_CREATES', 'unlimited', { maxCreates: undefined }],
    ['CONTRACT_RATE', 'unlimited', { rate: undefined }],
    ['CONTRACT_RATE', '0', { rate: undefined }],
  ])('reads %s=%s as no limit', (name, value, expected) => {
    const result = readRunConfig({ CONTRACT_BASE_URL: 'https://staging.example.test', [name]: value });
    expect(result.ok && result.value).toMatchObject(expected);
  });

  it.each([
    ['CONTRACT_MAX_CREATES', '-1'],
    ['CONTRACT_MAX_CREATES', '2.5'],
    ['CONTRACT_RATE', 'fast'],
    ['CONTRACT_RATE', '-3'],
    ['CONTRACT_PRODUCTION_URLS', 'ftp://x.example.test'],
    ['CONTRACT_PRODUCTION_URLS', '/relative'],
  ])('rejects %s=%s with a one-line usage error naming it', (name, value) => {
    const result = readRunConfig({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('OAC_ERR_USAGE');
      expect(result.error.oneLine()).toContain(name);
    }
  });
});
