import { ContractError, isContractError } from '../core/errors.ts';
import { benchCommand } from './bench-command.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { helpText } from './help-text.ts';
import { mockCommand } from './mock-command.ts';
import { parseCliArguments } from './options.ts';
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
  switch (args.command) {
    case 'run':
      return runCommand(process.env, print);
    case 'mock':
      return mockCommand(args.port, print);
    case 'bench':
      return benchCommand(process.env, print);
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
    process.stderr.write(`contract: ${line}\n`);
    process.exitCode = EXIT.error;
  }
}
