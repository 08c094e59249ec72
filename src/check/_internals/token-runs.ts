/** Runs of characters a key or token is made of: base64url, base64 and hex. */
const RUN = /[A-Za-z0-9_+/-]{8,}={0,2}/g;
/** `fk_...`, `sk_live_...`: a short lower-case word, a separator, then the secret part. */
const PREFIXED = /^[a-z]{1,8}[_-][A-Za-z0-9_-]{12,}$/;
const MIN_BARE_LENGTH = 20;
const MIN_DISTINCT = 10;
/** Enough of any text to find what it holds; a capped body is far shorter anyway. */
const MAX_SCANNED = 1_048_576;

/** Whether a run looks random: a key, a token, not a word or a camelCase identifier. */
export function looksLikeToken(run: string): boolean {
  if (!/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return false;
  if (PREFIXED.test(run)) return true;
  return run.length >= MIN_BARE_LENGTH && new Set(run).size >= MIN_DISTINCT && /^[\w+/=-]+$/.test(run);
}

/** Every run of 8 or more key characters in a text, in order (its `/`-separated parts too). */
export function tokenRuns(text: string): string[] {
  const runs: string[] = [];
  for (const match of text.slice(0, MAX_SCANNED).matchAll(RUN)) {
    runs.push(match[0]);
    if (match[0].includes('/')) runs.push(...match[0].split('/').filter((part) => part.length >= 8));
  }
  return runs;
}
