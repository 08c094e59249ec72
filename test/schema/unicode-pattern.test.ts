import { describe, expect, it } from 'vitest';
import type { TranslationState } from '../../src/schema/_internals/translation-state.ts';
import { translateUnicodePattern } from '../../src/schema/_internals/unicode-pattern.ts';

function translated(pattern: string): { pattern: unknown; codes: string[] } {
  const state: TranslationState = {
    options: { dialect: '3.0', context: 'request', refPrefix: 'oac://request' },
    findings: [],
    refs: new Set(),
  };
  const out: Record<string, unknown> = { type: 'string', pattern };
  translateUnicodePattern(out, '/p', state);
  return { pattern: out.pattern, codes: state.findings.map((finding) => finding.code) };
}

describe('translateUnicodePattern', () => {
  it('keeps a pattern that is valid with the unicode flag', () => {
    expect(translated('^[a-z]{2,4}\\d+$')).toEqual({ pattern: '^[a-z]{2,4}\\d+$', codes: [] });
  });

  it('escapes lone braces and keeps quantifiers (a published GUID pattern)', () => {
    const guid = '^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$';
    const { pattern, codes } = translated(guid);
    expect(codes).toEqual(['pattern-rewritten']);
    const unicode = new RegExp(pattern as string, 'u');
    const legacy = new RegExp(guid);
    for (const sample of [
      '{0123-4567-89ab-cdef-0123-4567-89ab-cdef}',
      '0123456789abcdef0123456789abcdef',
      '{0123}',
      'x',
    ])
      expect(unicode.test(sample)).toBe(legacy.test(sample));
  });

  it('reduces identity escapes of plain characters, and \\- outside a class', () => {
    const { pattern } = translated('^\\_a\\-b[\\-\\_]\\@$');
    expect(pattern).toBe('^_a-b[\\-_]@$');
    expect(new RegExp(pattern as string, 'u').test('_a-b-@')).toBe(true);
  });

  it('escapes a lone closing bracket', () => {
    const { pattern } = translated('^a]$');
    expect(new RegExp(pattern as string, 'u').test('a]')).toBe(true);
  });

  it('leaves a pattern invalid in both modes as it is (the schema is reported as not compilable)', () => {
    expect(translated('(unclosed')).toEqual({ pattern: '(unclosed', codes: [] });
  });
});
