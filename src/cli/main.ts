import { ContractError, isContractError } from '../core/errors.ts';
import { baselineCommand } from './baseline-command.ts';
import { cleanupCommand } from './cleanup-command.ts';
import { benchCommand } from './bench-command.ts';
import { compareCommand } from './compare-command.ts';
import { credentialRedactor } from './credential-redactor.ts';
import { readCredentialsConfig } from '../run/credentials-config.ts';
import { diffCommand } from './diff-command.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { helpText } from './help-text.ts';
import { mockCommand } from './mock-command.ts';
import { parseCliArguments } from './options.ts';
import { planCommand } from './plan-command.ts';
import { replayCommand } from './replay-command.ts';
import { parseShard } from '../run/shard.ts';
import { runCommand } from './run-command.ts';

const print = (line: string): void => void process.stdout.write(`${line}\n`);

async function dispatch(argv: string[]): Promise<ExitCode> {
  const parsed = parseCliArguments(argv);
  if (!parsed.ok) throw parsed.error;
  const args = parsed.value;
  if (args.help) {
    print(helpText());
    return EXIT.ok;
  }
  Object.assign(process.env, args.env);
  if ((args.expires !== undefined || args.note !== undefined) && args.command !== 'baseline')
    throw new ContractError('OAC_ERR_USAGE', '--expires and --note belong to `contract baseline update`');
  switch (args.command) {
    case 'run': {
      // A malformed --shard is a usage error before anything starts.
      const shard = parseShard(process.env.CONTRACT_SHARD);
      if (!shard.ok) throw shard.error;
      // A dry run sends nothing: it is the plan of what a run would send.
      if (args.dryRun) return planCommand(args.json, process.env, print);
      return runCommand(process.env, print);
    }
    case 'cleanup':
      return cleanupCommand(args.olderThan, process.env, print);
    case 'mock':
      return mockCommand(args.port, print);
    case 'bench':
      return benchCommand(process.env, print);
    case 'plan':
      return planCommand(args.json, process.env, print);
    case 'replay':
      return replayCommand(args.positionals, process.env, print);
    case 'baseline':
      return baselineCommand(args, process.env, print);
    case 'diff':
      return diffCommand({ base: args.base, head: args.head, json: args.json }, process.env, print);
    case 'compare':
      return compareCommand(args.positionals, args.json, print);
    default:
      throw new ContractError('OAC_ERR_USAGE', `unknown command "${args.command}" (see contract --help)`);
  }
}

/** Every error ends as one line on stderr and exit 2; never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await dispatch(argv);
  } catch (error) {
    const line = isContractError(error)
      ? error.oneLine()
      : `OAC_ERR_INTERNAL: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    // A message may quote an input that holds a credential (a URL with a token, say).
    const { CONTRACT_TOKEN: token = '', CONTRACT_FORBIDDEN_TOKEN: forbiddenToken } = process.env;
    const credentials = readCredentialsConfig(process.env);
    process.stderr.write(
      `contract: ${credentialRedactor({ token, forbiddenToken, credentials }).redact(line)}\n`,
    );
    process.exitCode = EXIT.error;
  }
}
