import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureProcess } from '../../src/cli/bench-process.ts';

/**
 * A node process that starts a child holding ~120 MiB for a moment: the tree's peak counts both. The moment is
 * real time in a real process (the sampler reads /proc every 20 ms): 300 ms, fifteen samples, enough under load.
 */
const PARENT = `
const { spawnSync } = require('node:child_process');
const child = 'const b = Buffer.alloc(120 * 2 ** 20, 1); setTimeout(() => console.log(b[0]), 300);';
spawnSync(process.execPath, ['-e', child], { stdio: 'inherit' });
`;

describe.runIf(existsSync('/proc/self/stat'))('measureProcess', () => {
  it('samples the memory of the whole process tree, children included', async () => {
    const run = await measureProcess(process.execPath, ['-e', PARENT], {
      env: process.env,
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('1\n');
    expect(run.peakTreeMiB).toBeGreaterThan(120);
  });

  it('reports the exit code and output of a failing command', async () => {
    const run = await measureProcess(process.execPath, ['-e', 'console.error("no"); process.exit(3)'], {
      env: process.env,
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('no\n');
  });

  it('ends a command that outlives its time limit, with one line', async () => {
    const forever = measureProcess(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      env: process.env,
      timeoutMs: 300,
    });
    await expect(forever).rejects.toThrow(/took over 0\.3 s/);
  });
});
