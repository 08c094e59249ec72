#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` through the `prepare` script, or `npm run build`), so
// nothing is transpiled at start-up. It runs the TypeScript sources through tsx instead when asked to
// (CONTRACT_FROM_SOURCE=1), or when dist/ is missing or older than src/ (never stale code from a checkout).
import { distIsCurrent } from './dist-is-current.js';

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
