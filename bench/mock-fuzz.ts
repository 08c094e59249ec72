import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { MOCK_DEFAULTS, MOCK_DOCUMENT_PATH } from '../src/mock/defaults.ts';
import { startMockServer } from '../src/mock/start-mock-server.ts';
import type { FaultName } from '../src/mock/faults.ts';
import type { MockServer } from '../src/mock/types.ts';
import { compileSpec } from '../src/schema/compile-spec.ts';
import { loadSpec } from '../src/spec/load-spec.ts';
import { fuzzRequest, type FuzzTargets } from './fuzz-request.ts';
import { createOracle, type Oracle } from './judge-answer.ts';

export interface MockFuzzOptions {
  /** Requests to send (the bench sends 100,000). */
  requests: number;
  /** Concurrent keep-alive connections; default 64. */
  connections?: number;
  seed?: number;
  /** Deliberate mock bugs, to prove the oracle sees them; default none. */
  faults?: FaultName[];
}

export interface MockFuzzResult {
  requests: number;
  undeclaredStatuses: number;
  invalidBodies: number;
  /** Requests that got no answer at all (a mock that crashed or hung). */
  transportErrors: number;
  /** Up to ten problems, one line each, for a reader. */
  examples: string[];
  /** Peak RSS of this process (mock and client share it), sampled during the run. */
  peakRssMb: number;
  seconds: number;
}

interface Tally {
  undeclaredStatuses: number;
  invalidBodies: number;
  transportErrors: number;
  examples: string[];
}

async function startMock(faults: FaultName[]): Promise<{ mock: MockServer; oracle: Oracle }> {
  const [started, loaded] = await Promise.all([
    startMockServer({ faults }),
    loadSpec(MOCK_DEFAULTS.specPath),
  ]);
  if (!started.ok) throw new Error(started.error.message);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const compiled = compileSpec(loaded.value);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return { mock: started.value, oracle: createOracle(compiled.value.operations, MOCK_DOCUMENT_PATH) };
}

function headBytes(request: ReturnType<typeof fuzzRequest>): number {
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.byteLength(`${request.method} ${request.path} HTTP/1.1\r\n${headers.join('')}`);
}

function note(tally: Tally, line: string): void {
  if (tally.examples.length < 10) tally.examples.push(line);
}

async function sendOne(pool: Pool, oracle: Oracle, request: ReturnType<typeof fuzzRequest>, tally: Tally) {
  try {
    const answer = await pool.request({ ...request, body: request.body ?? null });
    const bodyText = await answer.body.text();
    const type = answer.headers['content-type'];
    const contentType = Array.isArray(type) ? type.join(', ') : type;
    const answered = { status: answer.statusCode, contentType, bodyText };
    const verdict = oracle.judge(request.method, request.path, answered, headBytes(request));
    if (verdict === undefined) return;
    if (verdict.kind === 'undeclared-status') tally.undeclaredStatuses++;
    else tally.invalidBodies++;
    note(tally, `${request.method} ${request.path.slice(0, 60)}: ${verdict.kind}: ${verdict.detail}`);
  } catch (error) {
    tally.transportErrors++;
    note(
      tally,
      `${request.method} ${request.path.slice(0, 60)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Peak RSS, sampled every 50 ms until stopped. */
function sampleRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
  };
}

/**
 * Starts the bundled mock and fires `requests` fuzzed requests (random methods, paths, credentials,
 * headers, bodies: broken JSON, wrong types, huge fields, deep nesting) over `connections` concurrent
 * connections. Every answer is judged against the document alone (see createOracle).
 */
export async function runMockFuzz(options: MockFuzzOptions): Promise<MockFuzzResult> {
  const { mock, oracle } = await startMock(options.faults ?? []);
  const connections = options.connections ?? 64;
  const pool = new Pool(mock.url, { connections, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const targets: FuzzTargets = {
    templates: mock.operations.map((operation) => operation.path),
    documentPath: MOCK_DOCUMENT_PATH,
    tokens: [mock.credentials.token, mock.credentials.readOnlyToken],
    pathValues: [mock.credentials.serviceAccountId, mock.credentials.unknownServiceAccountId],
  };
  const tally: Tally = { undeclaredStatuses: 0, invalidBodies: 0, transportErrors: 0, examples: [] };
  const peakRss = sampleRss();
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < options.requests; index = next++)
      await sendOne(pool, oracle, fuzzRequest(options.seed ?? 1, index, targets), tally);
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    await pool.destroy();
    await mock.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { requests: options.requests, ...tally, peakRssMb: peakRss(), seconds };
}

/**
 * Bounded memory whatever the number of requests: the process runs through tsx, whose transpiler alone
 * holds about 85 MB; 100,000 requests peaked at 275 MB here, 2,000 at about 190 MB.
 */
const MEMORY_TARGET_MB = 320;

/** `node --import tsx bench/mock-fuzz.ts [N]`: the bench's mock-fuzz figure; exit 1 when a target misses. */
async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? process.env.CONTRACT_BENCH_FUZZ ?? 100_000);
  const result = await runMockFuzz({ requests });
  const problems = result.undeclaredStatuses + result.invalidBodies + result.transportErrors;
  const rate = Math.round(result.requests / result.seconds);
  console.log(
    `fuzzed requests: ${result.requests} over 64 connections in ${result.seconds.toFixed(1)} s (${rate}/s)`,
  );
  console.log(`answers off the document: ${problems} (target 0) ${problems === 0 ? 'ok' : 'MISS'}`);
  console.log(
    `peak RSS: ${Math.round(result.peakRssMb)} MB (target < ${MEMORY_TARGET_MB}) ${result.peakRssMb < MEMORY_TARGET_MB ? 'ok' : 'MISS'}`,
  );
  for (const example of result.examples.slice(0, 5)) console.log(`  e.g. ${JSON.stringify(example)}`);
  process.exitCode = problems === 0 && result.peakRssMb < MEMORY_TARGET_MB ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
