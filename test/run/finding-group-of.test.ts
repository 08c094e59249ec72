import { describe, expect, it } from 'vitest';
import { findingGroupOf } from '../../src/run/finding-group-of.ts';
import { fakeFailure } from '../support/fake-failure.ts';

describe('findingGroupOf', () => {
  it('starts a group with the failure as its example, under the given key and count', () => {
    const failure = fakeFailure({ status: 400 });
    expect(findingGroupOf(failure, 'the key', 0)).toEqual({
      key: 'the key',
      operationId: failure.operationId,
      check: failure.check,
      severity: failure.severity,
      origin: failure.origin,
      groupKey: failure.groupKey,
      status: 400,
      count: 0,
      example: failure,
    });
  });
});
