import { describe, expect, it } from 'vitest';
import { replayMissingCredentials } from '../../src/cli/replay-missing-credentials.ts';
import type { RecordedStep } from '../../src/run/recorded-step.ts';
import { STEP } from '../report/support/fake-results.ts';

const cookie = { key: 'cookieAuth', placement: { kind: 'cookie' as const, name: 'session' } };
const bearer = { key: 'BearerAuth', placement: { kind: 'bearer' as const } };
const step = (auth: RecordedStep['auth'], fault?: string): RecordedStep => ({
  ...STEP,
  auth,
  credentials: { schemes: [cookie, bearer], ...(fault === undefined ? {} : { fault }) },
});

describe('replayMissingCredentials', () => {
  it('names the variables of the schemes a step sends a valid credential to and the run does not hold', () => {
    expect(replayMissingCredentials([step('valid')], { valid: [], forbidden: [] })).toEqual([
      'CONTRACT_AUTH_COOKIEAUTH',
      'CONTRACT_TOKEN',
    ]);
    expect(
      replayMissingCredentials([step('valid')], { valid: ['cookieAuth', 'BearerAuth'], forbidden: [] }),
    ).toEqual([]);
  });

  it('needs nothing for a scheme at fault that sends no credential (missing, empty, unknown)', () => {
    expect(
      replayMissingCredentials([step('none', 'cookieAuth')], { valid: ['BearerAuth'], forbidden: [] }),
    ).toEqual([]);
    expect(
      replayMissingCredentials([step('garbled', 'cookieAuth')], { valid: ['BearerAuth'], forbidden: [] }),
    ).toEqual(['CONTRACT_AUTH_COOKIEAUTH']);
  });
});
