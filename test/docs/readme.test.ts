import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
import { RUN_FLAGS } from '../../src/cli/options.ts';
import { ERROR_CODES } from '../../src/core/errors.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** README.md is the user's contract: it must name every check, flag, variable and error code. */
describe('README.md', () => {
  it('shows the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run contract');
    expect(readme).toContain('npm test');
  });

  it.each(builtinChecks.map((check) => [check.name]))('documents check %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each(Object.entries(RUN_FLAGS))('documents --%s and %s', (flag, variable) => {
    expect(readme).toContain(`--${flag}`);
    expect(readme).toContain(`\`${variable}\``);
  });

  it.each(Object.keys(ERROR_CODES).map((code) => [code]))('documents error code %s', (code) => {
    expect(readme).toContain(code);
  });

  it('documents the exit codes', () => {
    for (const code of [0, 1, 2]) expect(readme).toMatch(new RegExp(`[|] ${code} +[|]`));
  });
});
