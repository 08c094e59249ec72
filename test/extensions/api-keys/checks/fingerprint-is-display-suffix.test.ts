import { describe, expect, it } from 'vitest';
import { fingerprintIsDisplaySuffix } from '../../../../src/extensions/api-keys/checks/fingerprint-is-display-suffix.ts';
import {
  apiKeyOperation,
  makeContext,
  makeExchange,
  mintedResponse,
  SECRET,
} from '../../../check/helpers.ts';

const ctx = makeContext(apiKeyOperation());
const run = (fingerprint: unknown) =>
  fingerprintIsDisplaySuffix.run(ctx, makeExchange(mintedResponse({ fingerprint })));

describe('fingerprint_is_display_suffix', () => {
  it('passes a short proper suffix', () => {
    expect(run(SECRET.slice(-4)).status).toBe('passed');
    expect(run(SECRET.slice(-(SECRET.length / 2))).status).toBe('passed');
  });

  it.each([
    ['the whole value', SECRET, 'the fingerprint equals the value'],
    ['not a suffix', 'zzzz', 'the fingerprint is not a suffix of the value'],
    [
      'more than half',
      SECRET.slice(-(SECRET.length / 2 + 1)),
      'the fingerprint gives away more than half of the value',
    ],
    ['empty', '', 'the fingerprint is empty'],
  ])('fails a fingerprint that is %s, showing lengths only', (_label, fingerprint, problem) => {
    const outcome = run(fingerprint);
    expect(outcome).toMatchObject({ status: 'failed', groupKey: problem });
    expect(JSON.stringify(outcome)).not.toContain(SECRET.slice(-12));
  });

  it('skips keys without a fingerprint', () => {
    expect(run(undefined).status).toBe('skipped');
  });
});
