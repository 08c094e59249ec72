// Whether dist/ (the bundled CLI) may run: built (dist/.built, written by `npm run build` after the bundle) and no
// file of src/ changed since. Shared by bin/contract.js and the e2e tests' global set-up.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** True when dist/ is built and no file of src/ is newer than the build (a checkout never runs stale code). */
export function distIsCurrent(root = ROOT) {
  const stamp = join(root, 'dist', '.built');
  if (!existsSync(stamp)) return false;
  const builtAt = statSync(stamp).mtimeMs;
  const src = join(root, 'src');
  if (!existsSync(src)) return true;
  const entries = readdirSync(src, { recursive: true, withFileTypes: true });
  return entries.every((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs <= builtAt);
}
