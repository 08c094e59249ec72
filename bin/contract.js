#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
// Safety net: if a stray handle (a keep-alive socket) would keep the process alive after the work is done,
// leave anyway. Unref'd, so it never delays a process that would exit on its own.
setTimeout(() => process.exit(), 1000).unref();
