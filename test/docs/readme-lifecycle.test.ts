import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_CHECK_LIST } from '../../src/extensions/api-keys/lifecycle/lifecycle-checks.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README.md on the key life cycle and clean-up', () => {
  it.each(LIFECYCLE_CHECK_LIST.map((check) => [check.name]))('documents life-cycle check %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it('documents the clean-up command, its flag, the ledger and the run tag', () => {
    for (const text of [
      'contract cleanup [--older-than 1h]',
      '`CONTRACT_LEDGER_DIR`',
      '`CONTRACT_RUN_ID`',
      'contract-<run id>-',
    ])
      expect(readme).toContain(text);
  });

  it('says how to run the life cycle against the mock', () => {
    expect(readme).toContain('CONTRACT_SPEC=fixtures/service-accounts.openapi.yaml npm run contract');
  });
});
