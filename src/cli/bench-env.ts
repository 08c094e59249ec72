import { fileURLToPath } from 'node:url';

type Env = Record<string, string | undefined>;

/** The CLI the bench measures, as a user starts it, and the checkout it runs in. */
export const BIN = fileURLToPath(new URL('../../bin/contract.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The environment without CONTRACT_* settings: each measured command gets only the ones it needs. */
export function cleanEnv(env: Env): Env {
  return {
    ...Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('CONTRACT_'))),
    NO_COLOR: '1',
  };
}
