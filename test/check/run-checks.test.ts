import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
import { CheckFailedError } from '../../src/check/check-failed-error.ts';
import { runChecks } from '../../src/check/run-checks.ts';
import type { Check } from '../../src/check/types.ts';
import { apiKeyOperation, makeContext, makeExchange, mintedResponse, SECRET } from './helpers.ts';

const throwing: Check = {
  name: 'throws',
  severity: 'low',
  origin: 'http',
  description: 'A broken check.',
  run() {
    throw new Error(`boom near ${SECRET}\nsecond line`);
  },
};

describe('runChecks', () => {
  it('runs every enabled check once, in order, with its metadata', () => {
    const ctx = makeContext(apiKeyOperation(), {
      disabled: new Set(['response_time_limit', 'not_a_server_error']),
    });
    const { results, toolError } = runChecks(builtinChecks, ctx, makeExchange(mintedResponse()));
    expect(toolError).toBeUndefined();
    const names = builtinChecks
      .map((check) => check.name)
      .filter((name) => !['response_time_limit', 'not_a_server_error'].includes(name));
    expect(results.map((result) => result.check)).toEqual(names);
    expect(results.find((result) => result.check === 'response_schema_conformance')).toMatchObject({
      severity: 'high',
      origin: 'schema',
    });
    expect(results.filter((result) => result.outcome.status === 'failed')).toEqual([]);
  });

  it('registers secrets before any check runs', () => {
    const seen: boolean[] = [];
    const probe: Check = {
      ...throwing,
      name: 'probe',
      run: (ctx) => (seen.push(ctx.memory.mintedValues.has(SECRET)), { status: 'passed' }),
    };
    runChecks([probe], makeContext(apiKeyOperation()), makeExchange(mintedResponse()));
    expect(seen).toEqual([true]);
  });

  it('returns a throwing check as a tool error naming it, one redacted line, and keeps the others verdicts', () => {
    const ctx = makeContext(apiKeyOperation());
    const passing: Check = { ...throwing, name: 'passes', run: () => ({ status: 'passed' }) };
    const run = runChecks([throwing, passing], ctx, makeExchange(mintedResponse()));
    expect(run.results).toEqual([
      { check: 'passes', severity: 'low', origin: 'http', outcome: { status: 'passed' } },
    ]);
    expect(run.toolError).toBeInstanceOf(CheckFailedError);
    expect(run.toolError).toMatchObject({
      code: 'OAC_ERR_CHECK_FAILED',
      check: 'throws',
      why: 'boom near [REDACTED minted value]',
    });
    expect(run.toolError?.oneLine()).toBe(
      'OAC_ERR_CHECK_FAILED: throws threw: boom near [REDACTED minted value]',
    );
  });

  it('runs no check when the secrets of the answer cannot be registered', () => {
    const ctx = makeContext(apiKeyOperation());
    const seen: string[] = [];
    const probe: Check = { ...throwing, name: 'probe', run: () => (seen.push('ran'), { status: 'passed' }) };
    ctx.memory.mintedValues.set = () => {
      throw new Error(`cannot keep ${SECRET}\n    at stack`);
    };
    const run = runChecks([probe], ctx, makeExchange(mintedResponse()));
    expect(seen).toEqual([]);
    expect(run.results).toEqual([]);
    expect(run.toolError).toMatchObject({ code: 'OAC_ERR_CHECK_FAILED', check: undefined });
    expect(run.toolError?.message).toBe(
      'no check ran: secrets not registered: cannot keep [REDACTED minted value]',
    );
  });

  it('has unique snake_case names and a description for every built-in check', () => {
    const names = builtinChecks.map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
    for (const check of builtinChecks) {
      expect(check.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(check.description.length).toBeGreaterThan(10);
    }
  });
});
