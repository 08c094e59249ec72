import { afterAll, describe, expect, it } from 'vitest';
import type { Check } from '../../src/check/types.ts';
import { unwrap } from '../../src/core/result.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import type { ContractEvent } from '../../src/run/events.ts';
import type { ContractExtension } from '../../src/run/extension.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runContract } from '../../src/run/run-contract.ts';

const mocks: MockServer[] = [];
afterAll(async () => {
  for (const mock of mocks) await mock.close();
});

async function mockWith(faults: FaultName[] = [], specPath?: string): Promise<MockServer> {
  const mock = unwrap(await startMockServer({ faults, ...(specPath ? { specPath } : {}) }));
  mocks.push(mock);
  return mock;
}

async function run(mock: MockServer, env: Record<string, string>, extensions: ContractExtension[] = []) {
  const config = unwrap(
    readRunConfig({
      CONTRACT_BASE_URL: mock.url,
      CONTRACT_TOKEN: mock.credentials.token,
      CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
      CONTRACT_SEED: '77',
      CONTRACT_RUNS: '40',
      ...env,
    }),
  );
  const events: ContractEvent[] = [];
  const results = unwrap(
    await runContract(config, { baseUrl: mock.url, extensions, sink: (event) => events.push(event) }),
  );
  return { results, events };
}

describe('runContract', () => {
  it('emits run-started first, a case-finished per recorded case, run-finished last', async () => {
    const mock = await mockWith();
    const { results, events } = await run(mock, {}, [apiKeysExtension()]);
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)?.type).toBe('run-finished');
    const cases = events.filter((event) => event.type === 'case-finished');
    expect(cases).toHaveLength(results.cases);
    expect(events.filter((event) => event.type === 'operation-finished')).toEqual([
      { type: 'operation-finished', operationId: 'createServiceAccountApiKey', findings: 0 },
    ]);
    expect(results.findings).toEqual([]);
    expect(results.toolErrors).toEqual([]);
  });

  it('gives the same findings for a seed whatever the concurrency', async () => {
    const faults: FaultName[] = ['no-max-length', 'float-expiry', 'extra-response-field'];
    // A fresh server each: the mock's key quota would otherwise answer the second run differently.
    const one = await run(await mockWith(faults), { CONTRACT_CONCURRENCY: '1' }, [apiKeysExtension()]);
    const many = await run(await mockWith(faults), { CONTRACT_CONCURRENCY: '16' }, [apiKeysExtension()]);
    const shape = (r: typeof one) =>
      r.results.findings.map((group) => [group.key, group.count, group.example.caseId]);
    expect(one.results.findings.length).toBeGreaterThan(1);
    expect(shape(many)).toEqual(shape(one));
    expect(many.results.checks).toEqual(one.results.checks);
  });

  it('makes a check that throws a tool error (exit 2), never a silent pass', async () => {
    const mock = await mockWith();
    const broken: Check = {
      name: 'broken_check',
      severity: 'low',
      origin: 'http',
      description: 'throws on every exchange',
      run: () => {
        throw new Error('boom\n    at run (broken-check.ts:1:1)');
      },
    };
    const { results } = await run(mock, {}, [{ name: 'broken', checks: [broken] }]);
    // One line naming the check, no stack trace.
    expect(results.toolErrors).toEqual([
      { code: 'OAC_ERR_CHECK_FAILED', message: 'broken_check threw: boom' },
    ]);
    // The first tool error stops the run: nothing more is sent.
    expect(results.cases).toBeLessThanOrEqual(16);
  });

  it('stops at an interrupt, runs the clean-up, and returns what it has', async () => {
    const mock = await mockWith([], MOCK_DEFAULTS.familySpecPath);
    const controller = new AbortController();
    const config = unwrap(
      readRunConfig({
        CONTRACT_BASE_URL: mock.url,
        CONTRACT_TOKEN: mock.credentials.token,
        CONTRACT_SEED: '5',
        CONTRACT_RUNS: '400',
      }),
    );
    const extension = apiKeysExtension();
    let seen = 0;
    let afterAbort = 0;
    const sink = (event: ContractEvent): void => {
      if (event.type !== 'case-finished') return;
      if (controller.signal.aborted) afterAbort += 1;
      // Stop while keys are being minted (the family's list operation comes first).
      else if (event.status === 201 && ++seen === 10) controller.abort();
    };
    const results = unwrap(
      await runContract(config, {
        baseUrl: mock.url,
        extensions: [extension],
        sink,
        signal: controller.signal,
      }),
    );
    // Only requests already under way when it stopped may still finish (at most the concurrency).
    expect(afterAbort).toBeLessThanOrEqual(config.concurrency);
    expect(results.findings).toEqual([]);
    const tracker = extension.tracker();
    expect(tracker?.minted().length).toBeGreaterThan(0);
    expect(tracker?.active()).toEqual([]);
  });

  it('leaves an extension out of a document it does not apply to: no key checks for a keyless API', async () => {
    const mock = await mockWith();
    const keyless: ContractExtension = { name: 'never', applies: () => false, checks: [] };
    const { results } = await run(mock, {}, [keyless]);
    expect(Object.keys(results.checks)).not.toContain('minted_values_unique');
  });
});
