import { packagePath, packageRoot } from '../core/package-root.ts';

type Env = Record<string, string | undefined>;

/** The CLI the bench measures, as a user starts it, and the checkout it runs in. */
export const BIN = packagePath('bin', 'contract.js');
export const ROOT = `${packageRoot()}/`;

/** The environment without CONTRACT_* settings: each measured command gets only the ones it needs. */
export function cleanEnv(env: Env): Env {
  return {
    ...Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('CONTRACT_'))),
    NO_COLOR: '1',
  };
}
