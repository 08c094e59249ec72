import { ContractError } from '../core/errors.ts';
import { COMMAND_NAMES, type CommandName } from './command-names.ts';
import type { ExitCode } from './exit-codes.ts';
import type { CliArguments } from './options.ts';

type Env = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (args: CliArguments, env: Env, print: Print) => Promise<ExitCode>;

/** `contract run`: the in-process engine, after the checks that need nothing sent. */
async function run(args: CliArguments, env: Env, print: Print): Promise<ExitCode> {
  // A malformed --shard is a usage error before anything starts.
  const { parseShard } = await import('../run/shard.ts');
  const shard = parseShard(env.CONTRACT_SHARD);
  if (!shard.ok) throw shard.error;
  // A dry run sends nothing: it is the plan of what a run would send.
  if (args.dryRun) return (await import('./plan-command.ts')).planCommand(args.json, process.env, print);
  const { runCommand } = await import('./run-command.ts');
  return runCommand(process.env, print);
}

/**
 * Every command, each loaded only when it runs (`await import`), so `--help` or `plan` never load vitest,
 * the mock or the report writers.
 */
export const COMMANDS: Record<CommandName, Command> = {
  run,
  cleanup: async (args, env, print) =>
    (await import('./cleanup-command.ts')).cleanupCommand(args.olderThan, env, print),
  mock: async (args, env, print) => (await import('./mock-command.ts')).mockCommand(args.port, env, print),
  bench: async (_args, env, print) => (await import('./bench-command.ts')).benchCommand(env, print),
  plan: async (args, env, print) => (await import('./plan-command.ts')).planCommand(args.json, env, print),
  replay: async (args, env, print) =>
    (await import('./replay-command.ts')).replayCommand(args.positionals, env, print),
  baseline: async (args, env, print) =>
    (await import('./baseline-command.ts')).baselineCommand(args, env, print),
  diff: async (args, env, print) =>
    (await import('./diff-command.ts')).diffCommand(
      { base: args.base, head: args.head, json: args.json },
      env,
      print,
    ),
  compare: async (args, _env, print) =>
    (await import('./compare-command.ts')).compareCommand(args.positionals, args.json, print),
};

/** The command by name, or a usage error that names the nearest command. */
export async function commandNamed(name: string): Promise<Command> {
  const known = COMMAND_NAMES.find((command) => command === name);
  if (known !== undefined) return COMMANDS[known];
  const { nearestName } = await import('./nearest-name.ts');
  const nearest = nearestName(name, COMMAND_NAMES);
  const hint = nearest === undefined ? '' : `; did you mean \`contract ${nearest}\`?`;
  throw new ContractError('OAC_ERR_USAGE', `unknown command "${name}"${hint} (see contract --help)`);
}
