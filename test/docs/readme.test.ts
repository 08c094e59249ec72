import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
import { RUN_FLAGS } from '../../src/cli/options.ts';
import { ERROR_CODES } from '../../src/core/errors.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import { brokenLinks, readDoc, userDocs } from './read-docs.ts';

const readme = readDoc('README.md').text;
const docs = userDocs();
const everywhere = docs.map((doc) => doc.text).join('\n');

const extension = apiKeysExtension();
const checkNames = [
  ...builtinChecks.map((check) => check.name),
  ...(extension.checks ?? []).map((check) => check.name),
  ...(extension.namedChecks ?? []).map((check) => check.name),
];

/** README.md is the entry point; README.md and docs/ together are the user's contract with the code. */
describe('README.md, the entry point', () => {
  it('shows the two quick-start commands and the vitest way to run the contract', () => {
    expect(readme).toContain('npm ci && npm run contract');
    expect(readme).toContain('npm test');
    expect(readme).toContain('npx vitest run --project contract');
  });

  it('stays short: under 200 lines', () => {
    expect(readme.split('\n').length).toBeLessThan(200);
  });

  it('documents the exit codes', () => {
    for (const code of [0, 1, 2]) expect(readme).toMatch(new RegExp(`[|] ${code} +[|]`));
  });

  it.each(Object.keys(ERROR_CODES).map((code) => [code]))('names error code %s', (code) => {
    expect(readme).toContain(code);
  });

  it('links to every page of docs/ and to ARCHITECTURE.md', () => {
    for (const doc of docs.slice(1)) expect(readme).toContain(`](${doc.path})`);
    expect(readme).toContain('](ARCHITECTURE.md)');
  });
});

describe('README.md and docs/', () => {
  it.each(docs.map((doc) => [doc.path, doc]))('%s links only to files and headings that exist', (_, doc) => {
    expect(brokenLinks(doc)).toEqual([]);
  });

  it('links ARCHITECTURE.md only to files and headings that exist', () => {
    expect(brokenLinks(readDoc('ARCHITECTURE.md'))).toEqual([]);
  });

  it.each(checkNames.map((name) => [name]))('document check %s', (name) => {
    expect(everywhere).toContain(`\`${name}\``);
  });

  it.each(Object.entries(RUN_FLAGS))('document --%s and %s', (flag, variable) => {
    expect(everywhere).toContain(`--${flag}`);
    expect(everywhere).toContain(`\`${variable}\``);
  });

  it('document every flag of configuration.md in its table, with a default', () => {
    const configuration = readDoc('docs/configuration.md').text;
    for (const [flag, variable] of Object.entries(RUN_FLAGS))
      expect(configuration).toMatch(
        new RegExp(`^[|] \`${variable}\` +[|] \`--${flag}[^|]*[|] [^|]*\\S[^|]*[|]`, 'm'),
      );
  });

  it.each(Object.keys(ERROR_CODES).map((code) => [code]))(
    'explain error code %s in docs/configuration.md',
    (code) => {
      expect(readDoc('docs/configuration.md').text).toMatch(new RegExp(`^[|] \`${code}\` +[|] \\S`, 'm'));
    },
  );

  it('no longer describe the engine that was replaced', () => {
    for (const gone of [
      'writes a stop file',
      'suites/all-operations',
      'service-account-key-lifecycle.contract',
      'CONTRACT_RESULTS_DIR',
    ])
      expect(everywhere).not.toContain(gone);
  });
});
