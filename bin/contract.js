#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` through the `prepare` script, or `npm run build`), so
// nothing is transpiled at start-up. It runs the TypeScript sources through tsx instead when asked to
// (CONTRACT_FROM_SOURCE=1), when dist/ is missing, or when a file in src/ is newer than the last build, so
// a checkout never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { URL } from 'node:url';

const root = new URL('../', import.meta.url);
const built = new URL('dist/.built', root);

/** True when dist/ is there and no file of src/ changed since it was built. */
function distIsCurrent() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const src = new URL('src/', root);
  if (!existsSync(src)) return true;
  const files = readdirSync(src, { recursive: true, withFileTypes: true });
  return files.every((entry) => statSync(`${entry.parentPath}/${entry.name}`).mtimeMs <= builtAt);
}

let main;
if (process.env.CONTRACT_FROM_SOURCE !== '1' && distIsCurrent()) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv.slice(2));
// Safety net: if a stray handle (a keep-alive socket) would keep the process alive after the work is done,
// leave anyway. Unref'd, so it never delays a process that would exit on its own.
setTimeout(() => process.exit(), 1000).unref();
