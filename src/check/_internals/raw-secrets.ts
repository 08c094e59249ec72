import { rawFieldValues } from './raw-field-values.ts';
import { looksLikeToken, tokenRuns } from './token-runs.ts';

const MIN_SECRET = 4;

/**
 * The secrets a body that is not valid JSON may hold, found in its raw text: `fields`, every string under a
 * secret-named property (`"value": "…"`, escaped or cut short), and `tokens`, every token-shaped run (a long
 * random run of key characters, a prefixed key like `fk_…`) that is not an echo of the request.
 */
export function rawSecrets(
  text: string,
  names: Iterable<string>,
  isEcho: (candidate: string) => boolean,
): { fields: string[]; tokens: string[] } {
  const fields = [
    ...new Set(
      rawFieldValues(text, names)
        .map(({ value }) => value)
        .filter((value) => value.length >= MIN_SECRET),
    ),
  ];
  const tokens = [...new Set(tokenRuns(text).filter((run) => looksLikeToken(run) && !isEcho(run)))];
  return { fields, tokens: tokens.filter((token) => !fields.includes(token)) };
}
