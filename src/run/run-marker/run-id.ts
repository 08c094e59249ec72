import { randomInt } from 'node:crypto';

const SECONDS_DIGITS = 7;
const RANDOM_DIGITS = 2;
const RADIX = 36;

/** Ten lower-case base-36 characters: the run's start (seconds), two random ones, a check character. */
export const RUN_ID_PATTERN = /^[0-9a-z]{10}$/;

/** A check character over the rest, so a name that merely looks like `contract-<10 chars>-` rarely passes. */
function checkCharacter(body: string): string {
  let sum = 0;
  for (const char of body) sum = (sum * 7 + Number.parseInt(char, RADIX)) % RADIX;
  return sum.toString(RADIX);
}

/**
 * A new run id. Its first characters spell when the run started, so a key named with it tells its age even
 * where the server does not (`contract cleanup --older-than`); the random part keeps concurrent runs apart.
 */
export function newRunId(now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(RADIX)
    .padStart(SECONDS_DIGITS, '0');
  const random = randomInt(RADIX ** RANDOM_DIGITS)
    .toString(RADIX)
    .padStart(RANDOM_DIGITS, '0');
  return seconds + random + checkCharacter(seconds + random);
}

/** When the run with this id started (epoch milliseconds); undefined unless it is a well-formed run id. */
export function runIdStartedAt(runId: string): number | undefined {
  if (!RUN_ID_PATTERN.test(runId) || checkCharacter(runId.slice(0, -1)) !== runId.slice(-1)) return undefined;
  return Number.parseInt(runId.slice(0, SECONDS_DIGITS), RADIX) * 1000;
}
