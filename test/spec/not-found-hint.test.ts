import { describe, expect, it } from 'vitest';
import { notFoundHint } from '../../src/spec/not-found-hint.ts';

const url = 'http://127.0.0.1:8080';

describe('notFoundHint', () => {
  it('says so when nearly every answer is 404, and where requests went', () => {
    expect(notFoundHint({ answers: 21, notFound: 21, url })).toBe(
      `nearly every answer is 404 (21 of 21): the base URL or the document is probably wrong (requests went to ${url})`,
    );
    expect(notFoundHint({ answers: 100, notFound: 90, url })).toMatch(
      /^nearly every answer is 404 \(90 of 100\)/,
    );
  });

  it('says nothing when most answers are not 404, or when there are too few to tell', () => {
    expect(notFoundHint({ answers: 100, notFound: 89, url })).toBeUndefined();
    expect(notFoundHint({ answers: 4, notFound: 4, url })).toBeUndefined();
    expect(notFoundHint({ answers: 0, notFound: 0, url })).toBeUndefined();
  });

  it('names the pinned document when no CONTRACT_SPEC was given', () => {
    expect(notFoundHint({ answers: 10, notFound: 10, url, pinnedDocument: true })).toMatch(
      /requests went to http:\/\/127\.0\.0\.1:8080\); no CONTRACT_SPEC was given, so the pinned Factory document was tested/,
    );
  });
});
