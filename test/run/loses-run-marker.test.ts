import { describe, expect, it } from 'vitest';
import type { Reason, RequestCase } from '../../src/generate/types.ts';
import { losesRunMarker } from '../../src/run/run-marker/loses-run-marker.ts';
import { newRunId } from '../../src/run/run-marker/run-id.ts';
import { makeCase } from '../http/helpers.ts';

const RUN_ID = newRunId(Date.UTC(2026, 11, 4));

function nameCase(name: string, reason?: Partial<Reason>): RequestCase {
  const invalid: Reason = {
    location: 'body',
    keyword: 'exclusiveMinimum',
    schemaPath: '#/properties/expiresAt/exclusiveMinimum',
    instancePath: '/expiresAt',
    description: 'expiresAt is 0',
    ...reason,
  };
  return makeCase({
    body: { kind: 'json', value: { name, expiresAt: 0 } },
    phase: 'negative',
    expect: 'rejected',
    uniqueFields: ['/name'],
    ...(reason === undefined ? {} : { reason: invalid }),
  });
}

const LONG = 'a'.repeat(60);

describe('losesRunMarker', () => {
  it('is true when a name with room for the marker shrinks below it and the case is about another field', () => {
    expect(losesRunMarker(nameCase(LONG, {}), nameCase('a'.repeat(5), {}), RUN_ID)).toBe(true);
  });

  it('is false while the shorter name still has room for the marker and a unique number', () => {
    expect(losesRunMarker(nameCase(LONG, {}), nameCase('a'.repeat(50), {}), RUN_ID)).toBe(false);
  });

  it('is false when the case is about the name itself (its length, its type, its presence)', () => {
    const aboutName = {
      keyword: 'maxLength',
      instancePath: '/name',
      schemaPath: '#/properties/name/maxLength',
    };
    expect(losesRunMarker(nameCase(LONG, aboutName), nameCase('a', aboutName), RUN_ID)).toBe(false);
    const required = { keyword: 'required', instancePath: '', property: 'name', schemaPath: '#/required' };
    expect(losesRunMarker(nameCase(LONG, required), nameCase('a', required), RUN_ID)).toBe(false);
  });

  it('is false when the first name had no room for the marker anyway (emoji, a short name)', () => {
    expect(losesRunMarker(nameCase('🔑'.repeat(60), {}), nameCase('🔑', {}), RUN_ID)).toBe(false);
    expect(losesRunMarker(nameCase('abc', {}), nameCase('a', {}), RUN_ID)).toBe(false);
  });

  it('holds for a valid case too: its name carries no failure reason', () => {
    expect(losesRunMarker(nameCase(LONG), nameCase('a'), RUN_ID)).toBe(true);
  });
});
