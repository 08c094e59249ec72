import { describe, expect, it } from 'vitest';
import { mockCommandOptions, mockOptionsFor } from '../../src/cli/mock-spec.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { formatAge, parseAge } from '../../src/cli/parse-age.ts';

describe('parseAge', () => {
  it('reads seconds, minutes, hours and days, and 0', () => {
    const ages = ['90s', '30m', '1h', '1.5h', '2d', '0'].map((raw) => parseAge(raw));
    expect(ages.map((age) => (age.ok ? age.value : -1))).toEqual([
      90_000, 1_800_000, 3_600_000, 5_400_000, 172_800_000, 0,
    ]);
  });

  it('refuses anything else with a usage error naming the flag', () => {
    for (const raw of ['1', '1w', '-1h', 'soon', '']) {
      const age = parseAge(raw);
      expect(!age.ok && age.error.code).toBe('OAC_ERR_USAGE');
      expect(!age.ok && age.error.message).toContain('--older-than');
    }
  });

  it('formats ages for people', () => {
    expect([40_000, 300_000, 7_500_000, 5 * 86_400_000].map(formatAge)).toEqual(['40s', '5m', '2h 5m', '5d']);
  });
});

describe('mockOptionsFor', () => {
  it('serves a local CONTRACT_SPEC, never a URL', () => {
    expect(mockOptionsFor('fixtures/service-accounts.openapi.yaml')).toEqual({
      specPath: 'fixtures/service-accounts.openapi.yaml',
    });
    expect(mockOptionsFor('https://staging.example.com/api/v0/openapi.json')).toEqual({});
    expect(mockOptionsFor(undefined)).toEqual({});
  });
});

describe('mockCommandOptions (contract mock)', () => {
  it('serves --spec / CONTRACT_SPEC, else the whole Service Accounts family', () => {
    expect(mockCommandOptions('my.yaml')).toEqual({ ok: true, value: { specPath: 'my.yaml' } });
    expect(mockCommandOptions(undefined)).toEqual({
      ok: true,
      value: { specPath: MOCK_DEFAULTS.familySpecPath },
    });
    expect(mockCommandOptions('')).toEqual({ ok: true, value: { specPath: MOCK_DEFAULTS.familySpecPath } });
  });

  it('refuses a URL: the mock serves a local document', () => {
    const options = mockCommandOptions('https://staging.example.com/openapi.json');
    expect(options.ok).toBe(false);
    if (!options.ok) expect(options.error.code).toBe('OAC_ERR_USAGE');
  });
});
