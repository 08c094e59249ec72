import { describe, expect, it } from 'vitest';
import { formatSecuritySummary } from '../../src/report/format-security-summary.ts';

describe('formatSecuritySummary', () => {
  it('says what is tested and names each scheme not satisfied, with why and where', () => {
    const lines = formatSecuritySummary({
      tested: ['jwt'],
      unsatisfied: [
        {
          scheme: 'key',
          why: 'no credential given: set CONTRACT_AUTH_KEY',
          operations: ['a', 'b', 'c', 'd', 'e', 'f'],
        },
      ],
      unmet: ['b'],
    });
    expect(lines).toEqual([
      'security schemes tested: jwt',
      'security scheme not satisfied: key: no credential given: set CONTRACT_AUTH_KEY (a, b, c, d, e and 1 more)',
      'sent without credentials (401/403 noted, not judged): b',
    ]);
    expect(formatSecuritySummary({ tested: [], unsatisfied: [], unmet: [] })).toEqual([]);
  });
});
