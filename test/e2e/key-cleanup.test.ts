import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { create } from '../mock/support.ts';
import { listedKeys } from '../mock/family-support.ts';
import { startContract, type CliRun } from './run-cli.ts';

/** `contract ...` in its own process group (as a shell runs a job), against the test's family mock. */
function contract(args: string[], mock: MockServer, env: Record<string, string>) {
  return startContract(args, {
    detached: true,
    env: {
      CONTRACT_BASE_URL: mock.url,
      CONTRACT_TOKEN: mock.credentials.token,
      CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
      CONTRACT_SERVICE_ACCOUNT_ID: mock.credentials.serviceAccountId,
      CONTRACT_MAX_CREATES: 'unlimited',
      CONTRACT_RATE: 'unlimited',
      ...env,
    },
  });
}

/** Keys of the account that still work: listed (through the API) neither revoked nor expired. */
async function activeKeys(mock: MockServer): Promise<string[]> {
  const now = Date.now();
  return (await listedKeys(mock))
    .filter((key) => !key.isRevoked && (key.expiresAt ?? Infinity) > now)
    .map((key) => key.name);
}

function mintedInLedgers(dir: string): number {
  try {
    return readdirSync(dir)
      .filter((file) => file.startsWith('ledger-'))
      .reduce(
        (sum, file) => sum + readFileSync(join(dir, file), 'utf8').split('"event":"minted"').length - 1,
        0,
      );
  } catch {
    return 0;
  }
}

async function untilMinted(dir: string, count: number, exit: Promise<CliRun>): Promise<void> {
  let done = false;
  void exit.then(() => (done = true));
  while (!done && mintedInLedgers(dir) < count) await sleep(50);
  if (done) throw new Error(`the run ended before minting ${count} keys`);
}

describe('keys a contract run creates (against a real, separate server)', () => {
  let mock: MockServer | undefined;
  const started: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of started.splice(0)) {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await mock?.close();
  });

  async function family(latencyMs = 0): Promise<MockServer> {
    mock = unwrap(await startMockServer({ specPath: MOCK_DEFAULTS.familySpecPath, latencyMs }));
    return mock;
  }

  function dirs() {
    const root = mkdtempSync(join(tmpdir(), 'contract-keys-'));
    return { CONTRACT_LEDGER_DIR: join(root, 'ledger'), CONTRACT_REPORT_DIR: join(root, 'reports') };
  }

  it('a full run (both suites, life cycle included) leaves no key active, checked with the list', async () => {
    const server = await family();
    const env = dirs();
    const run = contract(['run', '--runs', '15', '--seed', '4'], server, env);
    started.push(run.child);
    const { code, stdout, stderr } = await run.exit;
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/clean-up: revoked \d+ key\(s\)/);
    expect(server.state.keys(server.credentials.serviceAccountId).length).toBeGreaterThan(20);
    expect(await activeKeys(server)).toEqual([]);
    // Every key of the run is revoked: its ledger is gone.
    expect(mintedInLedgers(env.CONTRACT_LEDGER_DIR)).toBe(0);
  });

  it('Ctrl-C in the middle of a run: the run halts and revokes what it minted before exiting', async () => {
    const server = await family();
    const env = dirs();
    const run = contract(['run', '--runs', '200', '--seed', '5'], server, env);
    started.push(run.child);
    await untilMinted(env.CONTRACT_LEDGER_DIR, 10, run.exit);
    process.kill(-(run.child.pid ?? 0), 'SIGINT');
    const { code, signal, stdout, stderr } = await run.exit;
    expect(code === 130 || signal === 'SIGINT', `${code} ${signal} ${stdout} ${stderr}`).toBe(true);
    expect(stdout).toContain('interrupted (SIGINT)');
    await sleep(500);
    expect(await activeKeys(server)).toEqual([]);
    // The reports say the run was cut short, with its exit code: never a green partial run.
    const report = JSON.parse(readFileSync(join(env.CONTRACT_REPORT_DIR, 'report.json'), 'utf8')) as {
      exitCode: number;
      toolErrors: { code: string }[];
    };
    expect(report.exitCode).toBe(130);
    expect(report.toolErrors.map((error) => error.code)).toEqual(['OAC_ERR_INTERRUPTED']);
    const summary = readFileSync(join(env.CONTRACT_REPORT_DIR, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^## ⚠️ Contract run interrupted: .* \(exit 130\)$/m);
    expect(readFileSync(join(env.CONTRACT_REPORT_DIR, 'junit.xml'), 'utf8')).toContain('OAC_ERR_INTERRUPTED');
  });

  it('a second Ctrl-C stops at once and says how to finish the clean-up', async () => {
    // Slow answers: the clean-up the first Ctrl-C starts is still under way when the second comes.
    const server = await family(300);
    const env = dirs();
    const run = contract(['run', '--runs', '200', '--seed', '7', '--run-id', '0tpjd00000'], server, env);
    started.push(run.child);
    await untilMinted(env.CONTRACT_LEDGER_DIR, 3, run.exit);
    // The second once the first is taken (signals of one kind do not queue).
    const heard = new Promise<void>((resolve) =>
      run.child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('interrupted (SIGINT)')) resolve();
      }),
    );
    process.kill(-(run.child.pid ?? 0), 'SIGINT');
    await heard;
    process.kill(-(run.child.pid ?? 0), 'SIGINT');
    const { code, stdout, stderr } = await run.exit;
    expect(code, stdout + stderr).toBe(130);
    expect(stdout).toContain('interrupted again (SIGINT); the clean-up was cut short');
    expect(stdout).toContain('contract cleanup --run-id 0tpjd00000');
  });

  it('a run killed outright leaves keys that `contract cleanup` revokes, and no other key', async () => {
    const server = await family();
    const env = dirs();
    const foreign = await create(server, { name: 'a key of someone else' });
    expect(foreign.status).toBe(201);
    const run = contract(['run', '--runs', '200', '--seed', '6'], server, env);
    started.push(run.child);
    await untilMinted(env.CONTRACT_LEDGER_DIR, 10, run.exit);
    process.kill(-(run.child.pid ?? 0), 'SIGKILL');
    await run.exit;
    expect((await activeKeys(server)).length).toBeGreaterThan(1);
    const cleanup = contract(['cleanup', '--older-than', '0'], server, env);
    started.push(cleanup.child);
    const { code, stdout, stderr } = await cleanup.exit;
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/cleanup: revoked [1-9]\d* key\(s\) left by contract runs/);
    expect(await activeKeys(server)).toEqual(['a key of someone else']);
  });

  it('with its ledger lost, `contract cleanup` still revokes the keys whose names carry the run tag, and only those', async () => {
    const server = await family();
    const env = dirs();
    const lookalike = 'contract-notarunid-a key of someone else';
    expect((await create(server, { name: lookalike })).status).toBe(201);
    const run = contract(['run', '--runs', '200', '--seed', '7'], server, env);
    started.push(run.child);
    // About 40% of names carry the tag: 20 keys all without one is out of reach.
    await untilMinted(env.CONTRACT_LEDGER_DIR, 20, run.exit);
    process.kill(-(run.child.pid ?? 0), 'SIGKILL');
    await run.exit;
    rmSync(env.CONTRACT_LEDGER_DIR, { recursive: true, force: true });
    const leftBehind = await activeKeys(server);
    const tagged = leftBehind.filter((name) => /^contract-[0-9a-z]{10}-/.test(name));
    expect(tagged.length).toBeGreaterThan(0);
    const cleanup = contract(['cleanup', '--older-than', '0'], server, env);
    started.push(cleanup.child);
    const { code, stdout, stderr } = await cleanup.exit;
    expect(code, stdout + stderr).toBe(0);
    const stillActive = await activeKeys(server);
    // A name that only looks tagged is never touched.
    expect(stillActive).toContain(lookalike);
    // Every key whose run tag reads back was revoked, without a ledger to name it.
    for (const name of stillActive) expect(tagged.filter((taggedName) => taggedName === name)).toEqual([]);
    expect(stdout).toMatch(/cleanup: revoked [1-9]\d* key\(s\) left by contract runs/);
  });
});
