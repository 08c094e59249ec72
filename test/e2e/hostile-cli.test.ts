import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { startHostileServer, type HostileBehaviour } from '../hostile/servers.ts';

const BIN = fileURLToPath(new URL('../../bin/contract.js', import.meta.url));
const PINNED = fileURLToPath(
  new URL('../../fixtures/create-service-account-api-key.openapi.yaml', import.meta.url),
);
const TIME = '/usr/bin/time';
const TOKEN = 'hostile-test-token-0123456789';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMb?: number;
}

/** `contract run` against the server, under /usr/bin/time when the machine has it (peak RSS of the run). */
function runAgainst(url: string): Promise<Outcome> {
  const root = mkdtempSync(join(tmpdir(), 'contract-hostile-'));
  // Shrinking gets 5 s: against a server where every answer is hostile, each shrink step costs a deadline or a
  // capped body, and the budget is what bounds the run (CONTRACT_SHRINK_SECONDS).
  const args = [
    ...[BIN, 'run', '--runs', '5', '--timeout-ms', '1000', '--shrink-seconds', '5'],
    ...['--report-dir', join(root, 'reports')],
  ];
  const timed = existsSync(TIME);
  const [command, argv] = timed
    ? [TIME, ['-f', 'PEAK_KB=%M', process.execPath, ...args]]
    : [process.execPath, args];
  const env = {
    PATH: process.env.PATH ?? '',
    CONTRACT_BASE_URL: url,
    CONTRACT_SPEC: PINNED,
    CONTRACT_TOKEN: TOKEN,
    CONTRACT_LEDGER_DIR: join(root, 'ledger'),
  };
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, argv, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const peak = /PEAK_KB=(\d+)/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr
          .replace(/^PEAK_KB=\d+\n?/m, '')
          .replace(/^Command exited with non-zero status \d+\n?/m, ''),
        seconds: (Date.now() - started) / 1000,
        ...(peak ? { peakMb: Number(peak[1]) / 1024 } : {}),
      });
    });
  });
}

// Each kind of misbehaviour once: slow bodies, huge or bomb bodies, deep JSON, broken framing, refusals.
const BEHAVIOURS: HostileBehaviour[] = [
  'trickle',
  'deepJson',
  'gzipBomb',
  'hugeBody',
  'endlessChunked',
  'resetMidBody',
  'invalidJson',
  'rateLimitEverything',
  'neverAnswers',
  'garbage',
  'endless1xx',
  'socketDestroyedAfterError',
];

/**
 * At most three runs at once: each mostly waits on its server, but a machine crowded by more lets V8's
 * concurrent marking fall behind and a run's peak memory grow with the load, not with what it holds.
 */
const AT_ONCE = 3;
let running = 0;
const waiting: (() => void)[] = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  while (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

// Concurrently: each run mostly waits on its server (trickles, deadlines), and memory is measured per process.
describe.concurrent(
  'contract run against hostile servers: bounded time and memory, a finding or one line and exit 2',
  () => {
    it.for(BEHAVIOURS)('%s', { timeout: 90_000 }, async (behaviour, { expect }) => {
      const server = await startHostileServer(behaviour);
      try {
        const run = await inTurn(() => runAgainst(server.url));
        const said = `${run.stdout}\n${run.stderr}`;
        expect([1, 2], said).toContain(run.code);
        expect(run.seconds, said).toBeLessThan(60);
        if (run.code === 2)
          expect(run.stderr.trim().split('\n'), said).toEqual([
            expect.stringMatching(/^contract: OAC_ERR_[A-Z_]+: /),
          ]);
        // The bound. Measured with the bundled CLI: 65-206 MB (a gzip bomb and an endless body peak
        // highest); a checker that buffers bodies takes 640-990 MB.
        if (run.peakMb !== undefined) expect(run.peakMb, said).toBeLessThan(250);
        // The token went to this server only, and never appears in what the run printed.
        expect(said).not.toContain(TOKEN);
        for (const head of server.received) expect(head.headers.host ?? '').toBe(new URL(server.url).host);
      } finally {
        await server.close();
      }
    });
  },
);
