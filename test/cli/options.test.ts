import { describe, expect, it } from 'vitest';
import { parseCliArguments, RUN_FLAGS } from '../../src/cli/options.ts';

describe('parseCliArguments', () => {
  it('maps every flag to its environment variable', () => {
    const argv = Object.keys(RUN_FLAGS).flatMap((flag) => [`--${flag}`, `v-${flag}`]);
    const result = parseCliArguments(['run', ...argv]);
    if (!result.ok) throw result.error;
    for (const [flag, variable] of Object.entries(RUN_FLAGS))
      expect(result.value.env[variable]).toBe(`v-${flag}`);
    expect(result.value.command).toBe('run');
  });

  it('defaults to the run command and collects repeated --disable-check', () => {
    const result = parseCliArguments(['--disable-check', 'a', '--disable-check', 'b', '--strict']);
    if (!result.ok) throw result.error;
    expect(result.value.command).toBe('run');
    expect(result.value.env.CONTRACT_DISABLE_CHECKS).toBe('a,b');
    expect(result.value.env.CONTRACT_STRICT).toBe('1');
  });

  it.each([[['--no-such-flag']], [['--seed']], [['mock', '--port', '70000']]])(
    'turns %j into a one-line usage error',
    (argv) => {
      const result = parseCliArguments(argv);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('OAC_ERR_USAGE');
        expect(result.error.oneLine()).not.toContain('\n');
      }
    },
  );

  it.each([
    [['--frobnicate'], 'unknown option --frobnicate (see contract --help)'],
    [['--sed', '3'], 'unknown option --sed; did you mean --seed?'],
    [['--basurl', 'x'], 'unknown option --basurl; did you mean --base-url?'],
    [['--plan'], 'unknown option --plan; did you mean `contract plan`?'],
    [['--seed'], 'option --seed needs a value'],
    [['--json=yes'], 'option --json takes no value'],
  ])('says %j in its own words: %s', (argv, message) => {
    const result = parseCliArguments(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.oneLine()).toContain(`OAC_ERR_USAGE: ${message}`);
  });
});
