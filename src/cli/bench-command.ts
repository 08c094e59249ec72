import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ContractError } from '../core/errors.ts';
import type { CasePlan } from '../generate/case-plan-types.ts';
import type { RequestCase } from '../generate/types.ts';
import { openSession } from '../run/open-session.ts';
import { planOperation } from '../run/plan-operation.ts';
import { readRunConfig } from '../run/run-config.ts';
import { runCases } from '../run/run-cases.ts';
import { benchLargeDocument } from './bench-large-document.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

const BIN = fileURLToPath(new URL('../../bin/contract.js', import.meta.url));

/** The mock runs in its own process, as a real local server would, so the checker is measured alone. */
function startMockProcess(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'mock', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /https?:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url !== undefined) resolve({ url, child });
    });
    child.once('exit', () =>
      reject(new ContractError('OAC_ERR_MOCK_START', 'the mock process exited early')),
    );
  });
}

function casesFor(plan: CasePlan, count: number, seed: number): RequestCase[] {
  const arbitraries = plan.negative === undefined ? [plan.positive] : [plan.positive, plan.negative];
  return fc.sample(fc.oneof(...arbitraries), { seed, numRuns: count });
}

/**
 * `npm run bench`: the time to load and plan a large document (GitHub's), then checked cases per second
 * against the local mock (or CONTRACT_BASE_URL), and peak memory.
 */
export async function benchCommand(
  env: Record<string, string | undefined>,
  print: (line: string) => void,
): Promise<ExitCode> {
  const config = readRunConfig({ ...env, CONTRACT_CONCURRENCY: env.CONTRACT_CONCURRENCY ?? '32' });
  if (!config.ok) throw config.error;
  // First, alone in the process: its peak memory is the planner's own.
  await benchLargeDocument(env, print);
  const count = Number(env.CONTRACT_BENCH_CASES ?? 5000);
  const { url, child } =
    config.value.baseUrl === undefined
      ? await startMockProcess()
      : { url: config.value.baseUrl, child: undefined };
  try {
    const session = await openSession(config.value, url);
    if (!session.ok) throw session.error;
    const planned = planOperation(session.value, 'createServiceAccountApiKey');
    if (!planned.ok) throw planned.error;
    const { plan } = planned.value;
    const generated = performance.now();
    const cases = casesFor(plan, count, config.value.seed);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const outcomes = await runCases(session.value, cases);
    const cpu = process.cpuUsage(cpuBefore);
    const seconds = (performance.now() - started) / 1000;
    await session.value.close();
    const checks = outcomes.reduce((sum, outcome) => sum + outcome.results.length, 0);
    print(`generated ${cases.length} cases in ${((started - generated) / 1000).toFixed(2)} s`);
    print(`sent and checked ${outcomes.length} cases (${checks} check results) in ${seconds.toFixed(2)} s`);
    print(
      `throughput: ${Math.round(outcomes.length / seconds)} checked cases/s (concurrency ${config.value.concurrency})`,
    );
    // CPU time per case is what the checker costs, whatever else the machine is doing at the time.
    const cpuMsPerCase = (cpu.user + cpu.system) / 1000 / outcomes.length;
    print(
      `checker CPU: ${cpuMsPerCase.toFixed(3)} ms per checked case (at most ${Math.round(1000 / cpuMsPerCase)} cases/s per core)`,
    );
    print(`peak memory (max RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
    return EXIT.ok;
  } finally {
    child?.kill();
  }
}
