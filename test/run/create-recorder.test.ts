import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/core/redact.ts';
import { secretDigest } from '../../src/core/secret-digest.ts';
import { createRecorder, sortFindings } from '../../src/run/create-recorder.ts';
import type { CaseOutcome, RunSession } from '../../src/run/types.ts';
import { fakeFailure } from '../support/fake-failure.ts';

function outcome(failures = [fakeFailure()]): CaseOutcome {
  return {
    case: {} as CaseOutcome['case'],
    exchange: {} as CaseOutcome['exchange'],
    results: failures.map((failure) => ({
      check: failure.check,
      severity: failure.severity,
      origin: failure.origin,
      outcome: {
        status: 'failed',
        message: failure.message,
        evidence: failure.evidence,
        groupKey: failure.groupKey,
      },
    })),
    failures,
    notes: [],
  };
}

function sessionWith(secret: string): RunSession {
  const redactor = createRedactor();
  redactor.add(secret, 'minted value');
  return {
    baseUrl: 'http://127.0.0.1:1',
    config: { seed: 7, runs: 10 },
    specChoice: { source: 'x.yaml', chosen: 'fixture', why: 'test' },
    compiled: { spec: { hash: 'abc', title: 't', version: '1' }, findings: [] },
    memory: { redactor, mintedIds: new Map(), mintedValues: new Map() },
  } as unknown as RunSession;
}

describe('createRecorder', () => {
  it('judges deferred failures at the end: withdrawn when every value turned out minted by a 2xx', () => {
    const session = sessionWith('s3cret-value-0123456789');
    const recorder = createRecorder();
    const failure = fakeFailure();
    recorder.record({
      ...outcome([]),
      results: outcome([failure]).results,
      deferred: [{ failure, unlessMinted: [secretDigest('k1')] }],
    });
    // Not minted (yet): a finding.
    expect(recorder.results(session).findings).toHaveLength(1);
    // A concurrent request's 2xx minted it: withdrawn, and counted as passed.
    session.memory.mintedValues.set('k1', 'case/1');
    const results = recorder.results(session);
    expect(results.findings).toEqual([]);
    expect(results.checks[failure.check]).toMatchObject({ failed: 0, passed: 1 });
  });

  it('groups failures of one problem into one finding with a count', () => {
    const recorder = createRecorder();
    for (let i = 0; i < 500; i++) recorder.record(outcome([fakeFailure({ bodyBytes: 1000 - i })]));
    const results = recorder.results(sessionWith('unused-secret'));
    expect(results.findings).toHaveLength(1);
    expect(results.findings[0]?.count).toBe(500);
    expect(results.findings[0]?.example.bodyBytes).toBe(501);
    expect(results.cases).toBe(500);
    expect(results.checks.negative_data_rejection).toEqual({ passed: 0, failed: 500, skipped: 0, noted: 0 });
  });

  it('prefers the shrunk example and keeps distinct problems apart', () => {
    const recorder = createRecorder();
    recorder.record(outcome([fakeFailure({ bodyBytes: 5 })]));
    recorder.record(outcome([fakeFailure({ groupKey: '#/properties/expiresAt/exclusiveMinimum' })]));
    recorder.recordShrunk(fakeFailure({ bodyBytes: 50, shrunk: true, replay: { seed: 7, path: '0:1' } }));
    const results = recorder.results(sessionWith('unused-secret'));
    expect(results.findings).toHaveLength(2);
    const name = results.findings.find((group) => group.groupKey === '#/properties/name/maxLength');
    expect(name?.example.shrunk).toBe(true);
    expect(name?.count).toBe(1);
  });

  it('redacts secrets that reached a failure', () => {
    const recorder = createRecorder();
    recorder.record(outcome([fakeFailure({ message: 'leaked fk_secret_value_123 here' })]));
    const text = JSON.stringify(recorder.results(sessionWith('fk_secret_value_123')));
    expect(text).not.toContain('fk_secret_value_123');
    expect(text).toContain('[REDACTED minted value]');
  });

  it('orders findings by severity, then count', () => {
    const low = { ...fakeFailure({ severity: 'low' }), count: 9 };
    const groups = [
      {
        key: 'a',
        operationId: 'o',
        check: 'c',
        severity: 'low' as const,
        origin: 'schema' as const,
        groupKey: 'g',
        count: 9,
        example: low,
      },
      {
        key: 'b',
        operationId: 'o',
        check: 'c',
        severity: 'critical' as const,
        origin: 'schema' as const,
        groupKey: 'g',
        count: 1,
        example: low,
      },
    ];
    expect(sortFindings(groups).map((group) => group.key)).toEqual(['b', 'a']);
  });
});
