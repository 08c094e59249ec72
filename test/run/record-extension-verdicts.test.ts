import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check/types.ts';
import { createRedactor } from '../../src/core/redact.ts';
import { recordExtensionVerdicts } from '../../src/run/record-extension-verdicts.ts';
import type { CaseOutcome, RunSession } from '../../src/run/types.ts';
import { jsonResponse, makeExchange, SECRET } from '../check/helpers.ts';

function sessionRecording(recorded: CaseOutcome[], disabled: string[] = []): RunSession {
  const redactor = createRedactor();
  redactor.add(SECRET, 'minted value');
  return {
    checkOptions: { disabled: new Set(disabled), secretFields: ['value'] },
    memory: { redactor, mintedIds: new Map(), mintedValues: new Map() },
    recorder: { record: (outcome: CaseOutcome) => void recorded.push(outcome) },
  } as unknown as RunSession;
}

const identity = { severity: 'high', origin: 'description' } as const;
const failed: CheckResult = {
  check: 'ext_failed',
  ...identity,
  outcome: {
    status: 'failed',
    message: 'the key is listed as active',
    evidence: { expected: 'revoked', actual: 'active', status: 200 },
    groupKey: 'active',
  },
};
const noted: CheckResult = {
  check: 'ext_noted',
  ...identity,
  outcome: { status: 'noted', message: 'no clock' },
};
const passed: CheckResult = { check: 'ext_passed', ...identity, outcome: { status: 'passed' } };

function outcomeOf(): CaseOutcome {
  const exchange = makeExchange(jsonResponse(200, []), { title: `list after minting ${SECRET}` });
  return { case: exchange.case, exchange, results: [], failures: [], notes: [] };
}

describe('recordExtensionVerdicts', () => {
  it('records the verdicts with the exchange: failures reproducible and redacted, notes counted', () => {
    const recorded: CaseOutcome[] = [];
    recordExtensionVerdicts(sessionRecording(recorded), outcomeOf(), [failed, noted, passed]);
    expect(recorded).toHaveLength(1);
    const [outcome] = recorded;
    expect(outcome?.results.map((result) => result.check)).toEqual(['ext_failed', 'ext_noted', 'ext_passed']);
    expect(outcome?.notes).toEqual([{ message: 'ext_noted: no clock', example: undefined }]);
    expect(outcome?.failures).toEqual([
      expect.objectContaining({
        check: 'ext_failed',
        operationId: 'op',
        message: 'the key is listed as active',
        groupKey: 'active',
        status: 200,
        caseTitle: 'list after minting [REDACTED minted value]',
      }),
    ]);
    expect(JSON.stringify(outcome?.failures)).not.toContain(SECRET);
  });

  it('leaves out the verdicts of disabled checks and keeps what the exchange had already', () => {
    const recorded: CaseOutcome[] = [];
    const before = { ...outcomeOf(), results: [passed] };
    recordExtensionVerdicts(sessionRecording(recorded, ['ext_failed']), before, [failed, noted]);
    expect(recorded[0]?.results.map((result) => result.check)).toEqual(['ext_passed', 'ext_noted']);
    expect(recorded[0]?.failures).toEqual([]);
  });
});
