import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
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
    const results = runChecks(builtinChecks, ctx, makeExchange(mintedResponse()));
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

  it('turns a throwing check into a skipped result with a redacted internal error', () => {
    const ctx = makeContext(apiKeyOperation());
    const [result] = runChecks([throwing], ctx, makeExchange(mintedResponse()));
    expect(result?.outcome).toEqual({
      status: 'skipped',
      why: 'internal error: boom near [REDACTED minted value]',
    });
    expect(result?.internalError).toBe('boom near [REDACTED minted value]');
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
