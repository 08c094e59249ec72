import { describe, expect, it } from 'vitest';
import { formatFindingGroup } from '../../src/report/format-finding-group.ts';
import type { FindingGroup } from '../../src/run/types.ts';
import { fakeFailure } from '../support/fake-failure.ts';

function group(overrides = {}): FindingGroup {
  const example = fakeFailure(overrides);
  return {
    key: 'k',
    operationId: example.operationId,
    check: example.check,
    severity: example.severity,
    origin: example.origin,
    groupKey: example.groupKey,
    count: 12,
    example,
  };
}

describe('formatFindingGroup', () => {
  it('says what was sent, expected and received, and how to reproduce it', () => {
    const text = formatFindingGroup(group({ replay: { seed: 42, path: '3:0:1' }, shrunk: true }));
    expect(text).toContain('[high] negative_data_rejection: createServiceAccountApiKey, 12 cases');
    expect(text).toContain('maxLength at #/properties/name/maxLength (body /name)');
    expect(text).toContain('expected: 400');
    expect(text).toContain('actual:   201');
    expect(text).toContain('CONTRACT_SEED=42');
    expect(text).toContain('"3:0:1" (shrunk case)');
    expect(text).toContain('$CONTRACT_TOKEN');
  });

  it('marks description-derived checks and deterministic cases', () => {
    const text = formatFindingGroup(group({ origin: 'description', phase: 'auth', reason: undefined }));
    expect(text).toContain('(from the description)');
    expect(text).toContain('deterministic');
    expect(text).not.toContain('sent:');
  });
});
