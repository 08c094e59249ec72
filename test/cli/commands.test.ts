import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/command-names.ts';
import { commandNamed, COMMANDS } from '../../src/cli/commands.ts';
import { helpText } from '../../src/cli/help-text.ts';

describe('the commands of contract', () => {
  it('--help lists every command', () => {
    for (const name of COMMAND_NAMES) expect(helpText()).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(Object.keys(COMMANDS).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('an unknown command is a usage error naming the nearest command', async () => {
    await expect(commandNamed('paln')).rejects.toThrow(
      'unknown command "paln"; did you mean `contract plan`?',
    );
    await expect(commandNamed('frobnicate')).rejects.toMatchObject({ code: 'OAC_ERR_USAGE' });
    await expect(commandNamed('toString')).rejects.toMatchObject({ code: 'OAC_ERR_USAGE' });
  });

  it('a known command is found without loading it', async () => {
    expect(await commandNamed('plan')).toBe(COMMANDS.plan);
  });
});
