import { spawnSync } from 'node:child_process';
import { distIsCurrent, ROOT } from '../../bin/dist-is-current.js';

/**
 * Global set-up of the `e2e` project: builds dist/ when src/ changed since the last build, so the spawned
 * CLI starts fast and runs the current sources. Should the build fail (a type error), bin/contract.js runs
 * the sources through tsx instead: slower, still current, and typecheck reports the error.
 */
export default function buildCli(): void {
  if (distIsCurrent()) return;
  spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
