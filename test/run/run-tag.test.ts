import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringLengths } from '../../src/core/unicode.ts';
import { newRunId, runIdStartedAt, RUN_ID_PATTERN } from '../../src/run/run-marker/run-id.ts';
import { findRunTag, runMarker } from '../../src/run/run-marker/run-tag.ts';
import { tagWithRunMarker } from '../../src/run/run-marker/tag-with-run-marker.ts';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

describe('run ids', () => {
  it('spell the start of the run, to the second, and carry a check character', () => {
    const runId = newRunId(NOW);
    expect(runId).toMatch(RUN_ID_PATTERN);
    expect(runIdStartedAt(runId)).toBe(NOW);
    const tampered = `${runId.slice(0, 8)}${runId[8] === 'a' ? 'b' : 'a'}${runId.slice(9)}`;
    expect(runIdStartedAt(tampered)).toBeUndefined();
    expect(runIdStartedAt('short')).toBeUndefined();
  });

  it('differ between runs started in the same second (most of the time)', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newRunId(NOW)));
    expect(ids.size).toBeGreaterThan(40);
  });
});

describe('tagWithRunMarker', () => {
  const runId = newRunId(NOW);

  it('writes contract-<run id>- over ASCII names and keeps every length', () => {
    const text = 'a'.repeat(60);
    const tagged = tagWithRunMarker(text, 123_456_789n, runId);
    expect(tagged.unique).toBe(true);
    expect(tagged.text.startsWith(runMarker(runId))).toBe(true);
    expect(stringLengths(tagged.text)).toEqual(stringLengths(text));
    expect(findRunTag(tagged.text)).toEqual({ runId, startedAt: NOW });
  });

  it('spreads the marker over rewritable characters; emoji stay emoji, spaces spaces, quotes quotes', () => {
    const text = 'a😀b c"d\\e'.repeat(12);
    const tagged = tagWithRunMarker(text, 42n, runId);
    expect(stringLengths(tagged.text)).toEqual(stringLengths(text));
    const kind = (ch: string) =>
      /^[\x21\x23-\x5b\x5d-\x7e]$/.test(ch)
        ? 'ascii'
        : /\s/.test(ch)
          ? 'space'
          : ch.length === 2
            ? 'emoji'
            : ch;
    expect(Array.from(tagged.text).map(kind)).toEqual(Array.from(text).map(kind));
    expect(findRunTag(tagged.text)?.runId).toBe(runId);
  });

  it('falls back to the plain unique tag when the text has no room for the marker', () => {
    for (const text of ['short name', '😀'.repeat(128), ' '.repeat(40)]) {
      const tagged = tagWithRunMarker(text, 7n, runId);
      expect(findRunTag(tagged.text)).toBeUndefined();
      expect(stringLengths(tagged.text)).toEqual(stringLengths(text));
    }
  });

  it('gives distinct numbers distinct texts, like tagUnique', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 40, maxLength: 128 }),
        fc.bigInt({ min: 0n, max: 2n ** 62n }),
        (text, n) => {
          const a = tagWithRunMarker(text, n, runId);
          const b = tagWithRunMarker(text, n + 1n, runId);
          if (a.unique && b.unique) expect(a.text).not.toBe(b.text);
          expect(stringLengths(a.text)).toEqual(stringLengths(text));
        },
      ),
    );
  });

  it('is not fooled by a name that merely looks tagged', () => {
    expect(findRunTag('contract-aaaaaaaaaa-my-own-key')).toBeUndefined();
    expect(findRunTag('my production key')).toBeUndefined();
  });
});
