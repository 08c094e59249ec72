import { describe, expect, it } from 'vitest';
import { applyErrorFaults } from '../../src/mock/error-faults.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { problem } from '../../src/mock/problem.ts';

const apply = (status: number, ...faults: FaultName[]) =>
  applyErrorFaults(problem(status, 'why'), new Set(faults));

describe('applyErrorFaults', () => {
  it('leaves answers alone without faults, and success answers always', () => {
    expect(apply(400)).toEqual({ status: 400, body: { detail: 'why', status: 400, title: 'Bad Request' } });
    const created = { status: 201, body: { apiKey: {} } };
    expect(applyErrorFaults(created, new Set(['text-plain-errors', 'error-missing-title']))).toBe(created);
  });

  it('bends error answers as each fault says', () => {
    expect(apply(400, 'undeclared-422')).toMatchObject({
      status: 422,
      body: { status: 422, title: 'Unprocessable Entity' },
    });
    expect(apply(409, 'undeclared-422').status).toBe(409);
    expect(apply(404, 'error-missing-title').body).toEqual({ detail: 'why', status: 404 });
    expect(apply(404, 'error-status-mismatch').body).toMatchObject({ status: 400 });
    expect(apply(400, 'error-status-mismatch').body).toMatchObject({ status: 422 });
    expect(apply(401, 'text-plain-errors').headers).toEqual({ 'content-type': 'text/plain; charset=utf-8' });
  });
});
