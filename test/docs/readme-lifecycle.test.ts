import { describe, expect, it } from 'vitest';
import { LIFECYCLE_CHECK_LIST } from '../../src/extensions/api-keys/lifecycle/lifecycle-checks.ts';
import { readDoc, userDocs } from './read-docs.ts';

const everywhere = userDocs()
  .map((doc) => doc.text)
  .join('\n');
const checks = readDoc('docs/checks.md').text;
const keys = readDoc('docs/keys-and-safety.md').text;

describe('README.md and docs/ on the key life cycle and clean-up', () => {
  it.each(LIFECYCLE_CHECK_LIST.map((check) => [check.name]))(
    'docs/checks.md documents life-cycle check %s',
    (name) => {
      expect(checks).toContain(`\`${name}\``);
    },
  );

  it('documents the clean-up command, its flag, the ledger and the run tag', () => {
    for (const text of [
      'contract cleanup [--older-than 1h]',
      '`CONTRACT_LEDGER_DIR`',
      '`CONTRACT_RUN_ID`',
      'contract-<run id>-',
    ])
      expect(keys).toContain(text);
  });

  it('says how to run the life cycle against the mock', () => {
    expect(everywhere).toContain('CONTRACT_SPEC=fixtures/service-accounts.openapi.yaml npm run contract');
  });
});
