import { describe, expect, it } from 'vitest';
import { fuzzRequest, type FuzzTargets } from '../../bench/fuzz-request.ts';
import { runMockFuzz } from '../../bench/mock-fuzz.ts';

describe('the bundled mock under fuzzed requests (bench/mock-fuzz.ts)', () => {
  it('answers 2,000 fuzzed requests over 64 connections with declared statuses and valid bodies only', async () => {
    const result = await runMockFuzz({ requests: 2000 });
    expect(result.examples).toEqual([]);
    expect(result).toMatchObject({
      requests: 2000,
      undeclaredStatuses: 0,
      invalidBodies: 0,
      transportErrors: 0,
    });
    expect(result.peakRssMb).toBeGreaterThan(0);
  });

  it('sees a mock that answers undeclared statuses or invalid bodies', async () => {
    const result = await runMockFuzz({ requests: 400, faults: ['undeclared-422', 'missing-fingerprint'] });
    expect(result.undeclaredStatuses).toBeGreaterThan(0);
    expect(result.invalidBodies).toBeGreaterThan(0);
    expect(result.examples.join('\n')).toContain('422');
  });

  it('fuzzes deterministically: the same seed and index give the same request', () => {
    const targets: FuzzTargets = {
      templates: ['/a/{id}'],
      documentPath: '/doc',
      tokens: ['t'],
      pathValues: ['p'],
    };
    const first = Array.from({ length: 50 }, (_, index) => fuzzRequest(7, index, targets));
    expect(Array.from({ length: 50 }, (_, index) => fuzzRequest(7, index, targets))).toEqual(first);
    expect(new Set(first.map((request) => request.method)).size).toBeGreaterThan(3);
  });
});
