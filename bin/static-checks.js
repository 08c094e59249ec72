// The static half of `npm test`: typecheck, lint and format check, at the same time (each is mostly one
// core; together they take the time of the slowest). Each one's output is printed whole when it ends, so
// the three never interleave; the exit code is 1 when any of them failed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './dist-is-current.js';

const bin = (...path) => join(ROOT, 'node_modules', ...path);
const CHECKS = [
  ['typecheck', bin('typescript', 'bin', 'tsc'), ['--noEmit']],
  ['lint', bin('eslint', 'bin', 'eslint.js'), ['.']],
  ['format:check', bin('prettier', 'bin', 'prettier.cjs'), ['--check', '--log-level', 'warn', '.']],
];

function run([name, script, args]) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ name, ok: false, output: error.message, seconds: 0 }));
    child.on('close', (code) =>
      done({ name, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { name, ok, output, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
  if (output.trim() !== '') console.log(output.trimEnd());
}
process.exit(results.every((result) => result.ok) ? 0 : 1);
