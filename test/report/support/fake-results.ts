import type { RecordedStep, ReproducibleFailure } from '../../../src/run/recorded-step.ts';
import type { FindingGroup, RunResults } from '../../../src/run/types.ts';
import { fakeFailure } from '../../support/fake-failure.ts';

export const STEP: RecordedStep = {
  caseId: 'createServiceAccountApiKey/negative/3',
  operationId: 'createServiceAccountApiKey',
  title: 'name has 129 code points (maxLength 128)',
  phase: 'negative',
  expect: 'rejected',
  auth: 'valid',
  tags: [],
  bodyKind: 'json',
  uniqueFields: ['/name'],
  request: {
    method: 'POST',
    path: '/api/v0/service-accounts/sa_1/api-keys',
    headers: { 'content-type': 'application/json', authorization: 'Bearer $CONTRACT_TOKEN' },
    body: JSON.stringify({ name: 'n'.repeat(129) }),
  },
};

/** A finding group around a fake failure carrying a recorded step. */
export function fakeGroup(overrides: Partial<ReproducibleFailure> = {}, count = 3): FindingGroup {
  const example: ReproducibleFailure = { ...fakeFailure(overrides), steps: [STEP], ...overrides };
  const { operationId, check, severity, origin, groupKey, status } = example;
  const key = [operationId, check, groupKey, status ?? ''].join(' | ');
  return { key, operationId, check, severity, origin, groupKey, status, count, example };
}

export function fakeResults(
  findings: FindingGroup[] = [fakeGroup()],
  overrides: Partial<RunResults> = {},
): RunResults {
  return {
    version: 1,
    target: 'http://127.0.0.1:1',
    spec: {
      source: 'spec.yaml',
      chosen: 'given',
      why: 'test',
      hash: 'ab'.repeat(32),
      title: 'T',
      version: '1',
    },
    seed: 42,
    runs: 10,
    startedAt: '2026-01-02T03:04:05.000Z',
    finishedAt: '2026-01-02T03:04:07.500Z',
    cases: 60,
    checks: {
      not_a_server_error: { passed: 60, failed: 0, skipped: 0, noted: 0 },
      negative_data_rejection: { passed: 17, failed: 3, skipped: 40, noted: 0 },
      authorization_enforced: { passed: 0, failed: 0, skipped: 60, noted: 0 },
    },
    findings,
    notes: [],
    documentFindings: [],
    toolErrors: [],
    ...overrides,
  };
}
