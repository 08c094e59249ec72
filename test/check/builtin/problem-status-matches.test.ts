import { describe, expect, it } from 'vitest';
import { problemStatusMatches } from '../../../src/check/builtin/problem-status-matches.ts';
import {
  apiKeyOperation,
  jsonResponse,
  makeContext,
  makeExchange,
  makeOperation,
  textResponse,
} from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const problem = (status: number, said: unknown, headers: Record<string, string> = {}) =>
  makeExchange(jsonResponse(status, { detail: 'x', status: said, title: 'T' }, headers));

describe('problem_status_matches', () => {
  it('passes a problem body whose status is the HTTP status', () => {
    expect(problemStatusMatches.run(ctx, problem(404, 404)).status).toBe('passed');
  });

  it('fails a 404 whose body says 400, with evidence', () => {
    const outcome = problemStatusMatches.run(ctx, problem(404, 400));
    expect(outcome).toMatchObject({ status: 'failed', groupKey: 'problem-status:404:400' });
    if (outcome.status !== 'failed') return;
    expect(outcome.evidence).toMatchObject({ actual: 'status 400', status: 404 });
    expect(outcome.evidence.excerpt).toContain('"status":400');
  });

  it('applies to application/problem+json even without a declared schema', () => {
    const bare = makeContext(makeOperation([{ status: '201' }]));
    const typed = { 'content-type': 'application/problem+json' };
    expect(problemStatusMatches.run(bare, problem(409, 400, typed)).status).toBe('failed');
    expect(problemStatusMatches.run(bare, problem(409, 400)).status).toBe('skipped');
  });

  it('follows $ref and allOf to an integer status member', () => {
    const schema = {
      allOf: [{ $ref: '#/$defs/Base' }],
      $defs: { Base: { type: 'object', properties: { status: { type: ['integer', 'null'] } } } },
    };
    const op = makeOperation([{ status: '4XX', media: [{ mediaType: 'application/json', schema }] }]);
    expect(problemStatusMatches.run(makeContext(op), problem(422, 400)).status).toBe('failed');
  });

  it('skips success answers, non-numeric members and undeclared string members', () => {
    expect(problemStatusMatches.run(ctx, problem(201, 400)).status).toBe('skipped');
    expect(problemStatusMatches.run(ctx, problem(404, '404')).status).toBe('skipped');
    expect(problemStatusMatches.run(ctx, makeExchange(textResponse(404, 'not json'))).status).toBe('skipped');
    const stringy = makeOperation([
      {
        status: '404',
        media: [{ mediaType: 'application/json', schema: { properties: { status: { type: 'string' } } } }],
      },
    ]);
    expect(problemStatusMatches.run(makeContext(stringy), problem(404, 1)).status).toBe('skipped');
  });

  it('notes a value that is no HTTP status (maybe an application code): not certain', () => {
    expect(problemStatusMatches.run(ctx, problem(404, 7)).status).toBe('noted');
    expect(problemStatusMatches.run(ctx, problem(404, 404.5)).status).toBe('noted');
  });
});
