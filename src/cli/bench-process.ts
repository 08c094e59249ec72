import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { ContractError } from '../core/errors.ts';

export interface MeasuredProcess {
  /** Wall time from spawn to exit. */
  seconds: number;
  /** Peak of the summed resident memory of the process and all its descendants, sampled; 0 without /proc. */
  peakTreeMiB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

const PAGE_BYTES = 4096;
const SAMPLE_MS = 20;

/** [parent pid, resident bytes] of a process, from /proc/PID/stat (Linux); undefined once it has ended. */
function statOf(pid: string): [number, number] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state ppid ... rss is the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [Number(fields[1]), Number(fields[21]) * PAGE_BYTES];
  } catch {
    return undefined;
  }
}

/**
 * Samples the resident memory of a process tree. A process whose parent is known to be outside the tree
 * (older than the root, or outside itself) stays outside, so each sample reads only new processes and the
 * tree's own: cheap enough every 20 ms.
 */
export function treeSampler(root: number): () => number {
  const tree = new Set([root]);
  const outside = new Set<string>();
  return () => {
    let total = 0;
    for (const name of readdirSync('/proc')) {
      if (outside.has(name) || !/^\d+$/.test(name)) continue;
      const stat = statOf(name);
      if (stat === undefined) continue;
      if (tree.has(Number(name)) || tree.has(stat[0])) {
        tree.add(Number(name));
        total += stat[1];
      } else if (stat[0] < root || outside.has(String(stat[0]))) outside.add(name);
    }
    return total;
  };
}

const hasProc = ((): boolean => {
  try {
    return readdirSync('/proc').includes('self');
  } catch {
    return false;
  }
})();

/**
 * Runs a command to its end, measuring its wall time and the peak memory of its whole process tree (npm,
 * node, vitest workers, a mock: everything it starts), sampled every 20 ms through /proc.
 */
export function measureProcess(
  command: string,
  args: string[],
  options: { env: Record<string, string | undefined>; timeoutMs: number; cwd?: string },
): Promise<MeasuredProcess> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = { stdout: '', stderr: '', peak: 0 };
    child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
    const sampler = hasProc && child.pid !== undefined ? treeSampler(child.pid) : () => 0;
    const sample = (): void => void (out.peak = Math.max(out.peak, sampler()));
    const interval = setInterval(sample, SAMPLE_MS);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    const line = [command, ...args].join(' ');
    child.once('error', (error) =>
      reject(new ContractError('OAC_ERR_USAGE', `bench: cannot start ${line} (${error.message})`)),
    );
    child.once('close', (code, signal) => {
      clearInterval(interval);
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      if (signal === 'SIGKILL')
        return reject(
          new ContractError('OAC_ERR_INTERNAL', `bench: ${line} took over ${options.timeoutMs / 1000} s`),
        );
      resolve({ seconds, peakTreeMiB: out.peak / 2 ** 20, code, stdout: out.stdout, stderr: out.stderr });
    });
    sample();
  });
}
