import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preview } from '../../src/generate/_internals/mutations/node-mutation.ts';

const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('preview', () => {
  it('cuts long values with an ellipsis, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 4, max: 60 }),
        (text, max) => {
          const shown = preview({ name: text }, max);
          expect(shown.length).toBeLessThanOrEqual(max);
          expect(shown).not.toMatch(lone);
        },
      ),
    );
    expect(preview('😀'.repeat(30), 40)).toBe(`"${'😀'.repeat(19)}…`);
  });
});
