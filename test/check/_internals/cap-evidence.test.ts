import { describe, expect, it } from 'vitest';
import { capEvidence } from '../../../src/check/_internals/cap-evidence.ts';
import { capText } from '../../../src/check/_internals/cap-text.ts';
import { failed } from '../../../src/check/_internals/failed.ts';
import { makeContext, makeOperation, SECRET } from '../helpers.ts';

const error = (index: number) => ({
  keyword: 'enum',
  instancePath: `/${index}`,
  schemaPath: '#/enum',
  params: { allowedValues: Array.from({ length: 500 }, (_, i) => i) },
  message: 'x'.repeat(1000),
});

describe('evidence caps', () => {
  it('cuts texts to their limit, never inside a surrogate pair', () => {
    expect(capText('abc', 3)).toBe('abc');
    expect(capText('abcdef', 4)).toBe('abc…');
    const emoji = '😀'.repeat(10);
    const cut = capText(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });

  it('keeps at most 10 schema errors, each message at most 300 characters, big params dropped', () => {
    const capped = capEvidence({
      expected: 'e'.repeat(1000),
      actual: 'a',
      status: 400,
      schemaErrors: Array.from({ length: 50 }, (_, i) => error(i)),
      excerpt: 'b'.repeat(5000),
    });
    expect(capped.schemaErrors).toHaveLength(10);
    expect(capped.schemaErrors?.every((e) => e.message.length <= 300)).toBe(true);
    expect(capped.schemaErrors?.[0]?.params).toEqual({});
    expect(capped.excerpt?.length).toBe(512);
    expect(capped.expected.length).toBe(300);
    expect(capped.status).toBe(400);
  });

  it('redacts before it cuts, so no part of a secret remains', () => {
    const ctx = makeContext(makeOperation([]));
    ctx.memory.redactor.add(SECRET, 'minted value');
    const outcome = failed(
      ctx,
      `m ${'x'.repeat(480)}${SECRET}`,
      { expected: 'e', actual: `${'y'.repeat(290)}${SECRET}` },
      'g',
    );
    const text = JSON.stringify(outcome);
    expect(text).not.toContain(SECRET.slice(0, 8));
    if (outcome.status === 'failed') expect(outcome.message.length).toBeLessThanOrEqual(500);
  });
});
