import { codePointLength } from '../../../core/unicode.ts';
import { failed } from '../../../check/_internals/failed.ts';
import { mintedIn } from '../../../check/_internals/minted-in.ts';
import type { Check } from '../../../check/types.ts';

const FINGERPRINT_FIELD = 'fingerprint';

/** What is wrong with a fingerprint, in lengths only: neither the value nor the fingerprint is ever shown. */
function problemOf(fingerprint: string, value: string): string | undefined {
  if (fingerprint === '') return 'the fingerprint is empty';
  if (fingerprint === value) return 'the fingerprint equals the value';
  if (!value.endsWith(fingerprint)) return 'the fingerprint is not a suffix of the value';
  if (fingerprint.length * 2 > value.length) return 'the fingerprint gives away more than half of the value';
  return undefined;
}

export const fingerprintIsDisplaySuffix: Check = {
  name: 'fingerprint_is_display_suffix',
  severity: 'medium',
  origin: 'description',
  description:
    'The fingerprint of a minted key is a short proper suffix of its value: shorter, and at most half as long.',
  run(ctx, exchange) {
    const pairs = mintedIn(ctx, exchange).flatMap((minted) => {
      const fingerprint = minted.object[FINGERPRINT_FIELD];
      return typeof fingerprint === 'string' ? [{ fingerprint, value: minted.value }] : [];
    });
    if (pairs.length === 0) return { status: 'skipped', why: 'no minted key with a fingerprint' };
    for (const { fingerprint, value } of pairs) {
      const problem = problemOf(fingerprint, value);
      if (problem === undefined) continue;
      const lengths = `fingerprint of ${codePointLength(fingerprint)} characters, value of ${codePointLength(value)}`;
      const expected = `a proper suffix of the value, at most ${Math.floor(codePointLength(value) / 2)} characters`;
      return failed(
        ctx,
        `${problem} (${lengths})`,
        { expected, actual: `${problem}: ${lengths}`, status: exchange.response?.status },
        problem,
      );
    }
    return { status: 'passed' };
  },
};
