import { describe, expect, it } from 'vitest';
import { authenticate, type AuthConfig } from '../../src/mock/authenticate.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import type { MockReply } from '../../src/mock/types.ts';

const config = (faults: FaultName[] = []): AuthConfig => ({
  token: 'full-token-123',
  readOnlyToken: 'read-token-456',
  faults: new Set(faults),
});

function statusOf(outcome: string | MockReply): number | string {
  return typeof outcome === 'string' ? outcome : outcome.status;
}

describe('authenticate', () => {
  it('knows both tokens, with the Bearer scheme in any letter case (RFC 7235)', () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      expect(authenticate(`${scheme} full-token-123`, config())).toBe('full');
      expect(authenticate(`${scheme} read-token-456`, config())).toBe('read-only');
    }
    expect(authenticate('Bearer   full-token-123', config())).toBe('full');
  });

  it('answers 401 with a Bearer challenge to missing, empty, garbled, unknown and other-scheme credentials', () => {
    const cases = [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'full-token-123',
      'Bearer a b',
      'Bearer unknown-token',
    ];
    for (const header of [
      ...cases,
      'Basic full-token-123',
      'Token full-token-123',
      'Bearer\tfull-token-123',
    ]) {
      const outcome = authenticate(header, config());
      expect(statusOf(outcome), String(header)).toBe(401);
      expect(typeof outcome === 'object' && outcome.headers?.['www-authenticate']).toBe(
        'Bearer realm="mock"',
      );
    }
  });

  it('never repeats the credentials it refused in the detail', () => {
    const outcome = authenticate('Secret s3cr3t-value', config());
    expect(JSON.stringify(outcome)).not.toContain('s3cr3t');
  });

  it('bends as each auth fault says, and only there', () => {
    expect(authenticate(undefined, config(['no-auth']))).toBe('full');
    expect(statusOf(authenticate('Bearer nope', config(['no-auth'])))).toBe(401);
    expect(authenticate('Bearer whatever-token', config(['unknown-token-accepted']))).toBe('full');
    expect(statusOf(authenticate(undefined, config(['unknown-token-accepted'])))).toBe(401);
    expect(statusOf(authenticate('bearer full-token-123', config(['case-sensitive-bearer'])))).toBe(401);
    expect(authenticate('Bearer full-token-123', config(['case-sensitive-bearer']))).toBe('full');
  });
});
