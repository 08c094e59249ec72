import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { toReplayFile } from '../../src/report/to-replay-file.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import { openSession } from '../../src/run/open-session.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { parseReplayFile } from '../../src/run/read-replay-file.ts';
import type { ReplayFile } from '../../src/run/replay-file.ts';
import { replaySteps, type ReplayOutcome } from '../../src/run/replay-steps.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runPlan } from '../support/run-plan.ts';
import type { RunSession } from '../../src/run/types.ts';

const FAULTS: FaultName[] = ['no-max-length', 'value-in-error', 'null-name-500', 'fingerprint-not-suffix'];
const mocks: MockServer[] = [];

function must<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

async function mock(faults: FaultName[]): Promise<MockServer> {
  const started = must(await startMockServer({ faults }));
  mocks.push(started);
  return started;
}

async function session(target: MockServer, runs = '8'): Promise<RunSession> {
  const env = {
    CONTRACT_BASE_URL: target.url,
    CONTRACT_TOKEN: target.credentials.token,
    CONTRACT_FORBIDDEN_TOKEN: target.credentials.readOnlyToken,
    CONTRACT_SEED: '11',
    CONTRACT_RUNS: runs,
    CONTRACT_MAX_CREATES: 'unlimited',
    CONTRACT_RATE: 'unlimited',
  };
  return must(await openSession(must(readRunConfig(env)), target.url, [apiKeysExtension()]));
}

/** Every finding of one whole run against a faulty mock, as replay files read back from their JSON. */
let replays: ReplayFile[] = [];

async function record(faults: FaultName[]): Promise<ReplayFile[]> {
  const recorded = await session(await mock(faults));
  await runPlan(recorded, must(planOperation(recorded, 'createServiceAccountApiKey')).plan);
  const results = recorded.recorder.results(recorded);
  await recorded.close();
  return results.findings.map((group) => {
    const file = toReplayFile(group, results);
    if (file === undefined) throw new Error(`no steps recorded for ${group.key}`);
    return must(parseReplayFile(JSON.stringify(file), group.key));
  });
}

beforeAll(async () => {
  replays = await record(FAULTS);
});

afterAll(async () => {
  await Promise.all(mocks.map((started) => started.close()));
});

function replayOf(check: string): ReplayFile {
  const file = replays.find((replay) => replay.finding.check === check);
  if (file === undefined)
    throw new Error(`no ${check} finding among ${replays.map((r) => r.finding.check).join(', ')}`);
  return file;
}

describe('replaySteps', () => {
  it('records a replay file for every finding, with the wire request and the case expectation', () => {
    const checks = replays.map((replay) => replay.finding.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        'negative_data_rejection',
        'secret_not_in_error_body',
        'not_a_server_error',
        'fingerprint_is_display_suffix',
      ]),
    );
    const negative = replayOf('negative_data_rejection').steps.at(-1);
    expect(negative).toMatchObject({
      expect: 'rejected',
      reason: { keyword: 'maxLength' },
    });
    expect(negative?.request.headers.authorization).toBe('Bearer $CONTRACT_TOKEN');
    expect(negative?.request.path).toMatch(/^\/api\/v0\/service-accounts\//);
  });

  it('puts the exchanges a finding depends on first (the key minted before the leaking 409)', () => {
    const leak = replayOf('secret_not_in_error_body');
    expect(leak.steps.map((step) => step.caseId)).toEqual([
      'createServiceAccountApiKey/duplicate/0',
      'createServiceAccountApiKey/duplicate/1',
    ]);
    expect(leak.steps[0]?.request.body).toBe(leak.steps[1]?.request.body);
  });

  it('replays a value returned twice with the case that got it first', async () => {
    const [repeated] = (await record(['repeated-value'])).filter(
      (file) => file.finding.check === 'minted_values_unique',
    );
    if (repeated === undefined) throw new Error('repeated-value was not found');
    expect(repeated.steps.length).toBeGreaterThan(1);
    const fresh = await session(await mock(['repeated-value']));
    expect(must(await replaySteps(fresh, repeated)).reproduced).toBe(true);
    const correct = await session(await mock([]));
    expect(must(await replaySteps(correct, repeated)).reproduced).toBe(false);
    await Promise.all([fresh.close(), correct.close()]);
  });

  it('reproduces every finding against a fresh server with the same bugs', async () => {
    const fresh = await session(await mock(FAULTS));
    for (const file of replays) {
      const outcome = must(await replaySteps(fresh, file));
      expect(outcome.reproduced, `${file.finding.check} ${file.finding.groupKey}`).toBe(true);
    }
    await fresh.close();
  });

  it('reproduces nothing against a correct server', async () => {
    const correct = await session(await mock([]));
    for (const file of replays) {
      const outcome = must(await replaySteps(correct, file));
      expect(outcome.reproduced, file.finding.check).toBe(false);
      expect(outcome.outcomes.at(-1)?.failures).toEqual([]);
    }
    await correct.close();
  });

  it('gives identity fields fresh tags, so a stateful finding replays again and again on one server', async () => {
    const target = await session(await mock(['value-in-error']));
    const leak = replayOf('secret_not_in_error_body');
    for (let round = 0; round < 3; round++)
      expect(must(await replaySteps(target, leak)).reproduced).toBe(true);
    // Sent exactly as recorded, the name is taken after the first replay: the 201 becomes a 409.
    must(await replaySteps(target, leak, { exact: true }));
    const exact = must(await replaySteps(target, leak, { exact: true }));
    expect(exact.outcomes[0]?.exchange.response?.status).toBe(409);
    await target.close();
  });

  it('never shows the token or a minted value in what it returns', async () => {
    const target = await session(await mock(FAULTS));
    const outcome = must(await replaySteps(target, replayOf('secret_not_in_error_body')));
    const text = JSON.stringify(outcome.outcomes.flatMap((item) => item.failures));
    expect(text).toContain('[REDACTED minted value]');
    for (const value of [...target.memory.mintedValues.keys(), target.config.token])
      expect(text).not.toContain(value);
    await target.close();
  });

  it('is an error naming the operation when the spec does not have it', async () => {
    const target = await session(await mock([]));
    const file = replayOf('negative_data_rejection');
    const renamed = {
      ...file,
      steps: file.steps.map((step) => ({ ...step, operationId: 'noSuchOperation' })),
    };
    const outcome = await replaySteps(target, renamed);
    expect(!outcome.ok && outcome.error.oneLine()).toMatch(/^OAC_ERR_OPERATION_NOT_FOUND: noSuchOperation/);
    await target.close();
  });
});

describe('replaySteps of the deliberate repeat (a valid create sent twice with one name)', () => {
  let missingTitle: ReplayFile;
  beforeAll(async () => {
    const files = await record(['error-missing-title']);
    const found = files.find(
      (file) => file.finding.check === 'response_schema_conformance' && file.finding.status === 409,
    );
    if (found === undefined) throw new Error('the 409 without a title was not found');
    missingTitle = found;
  });

  const statuses = (outcome: ReplayOutcome) => outcome.outcomes.map((item) => item.exchange.response?.status);

  it('records the first create before the 409 the repeat got, though the 409 shows nothing of it', () => {
    expect(missingTitle.steps.map((step) => step.caseId)).toEqual([
      'createServiceAccountApiKey/duplicate/0',
      'createServiceAccountApiKey/duplicate/1',
    ]);
    expect(missingTitle.steps[0]?.request.body).toBe(missingTitle.steps[1]?.request.body);
  });

  it('sends both with the same fresh name: reproduced on the faulty server, not on a correct one', async () => {
    const faulty = await session(await mock(['error-missing-title']));
    const again = must(await replaySteps(faulty, missingTitle));
    expect(statuses(again)).toEqual([201, 409]);
    const [first, second] = again.outcomes.map((item) => item.exchange.request.bodyText);
    expect(first).toBe(second);
    expect(first).not.toBe(missingTitle.steps[0]?.request.body);
    expect(again).toMatchObject({ reproduced: true, inconclusive: false });
    const correct = await session(await mock([]));
    const fixed = must(await replaySteps(correct, missingTitle));
    expect(statuses(fixed)).toEqual([201, 409]);
    expect(fixed).toMatchObject({ reproduced: false, inconclusive: false });
    expect(fixed.finding?.failures).toEqual([]);
    await Promise.all([faulty.close(), correct.close()]);
  });

  it('is inconclusive, and sends no repeat, when the first create does not succeed', async () => {
    const target = await session(await mock(['error-missing-title']));
    const [first, second] = missingTitle.steps;
    if (first === undefined || second === undefined) throw new Error('two steps expected');
    const refused = { ...missingTitle, steps: [{ ...first, auth: 'none' as const }, second] };
    const outcome = must(await replaySteps(target, refused));
    expect(statuses(outcome)).toEqual([401]);
    expect(outcome).toMatchObject({ reproduced: false, inconclusive: true });
    expect(outcome.finding).toBeUndefined();
    expect(outcome.why).toMatch(/^step 1 \(POST \S+\) answered 401, where the recorded run's succeeded/);
    await target.close();
  });
});
