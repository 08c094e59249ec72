import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { distIsCurrent, ROOT } from '../../bin/dist-is-current.js';

/**
 * Global set-up of the `e2e` project: builds dist/ when src/ changed since the last build, so the spawned
 * CLI starts fast and runs the current sources. Should the build fail (a type error), bin/contract.js runs
 * the sources through tsx instead: slower, still current, and typecheck reports the error.
 */
export default function buildCli(): void {
  if (distIsCurrent()) return;
  spawnSync(process.execPath, [join(ROOT, 'bin', 'build.js')], { cwd: ROOT, stdio: 'inherit' });
}
