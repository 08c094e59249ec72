import { ContractError, isContractError } from '../core/errors.ts';
import { commandNamed } from './commands.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { parseCliArguments } from './options.ts';

const print = (line: string): void => void process.stdout.write(`${line}\n`);

// Only what every command needs is imported here: each command loads its own modules when it runs
// (src/cli/commands.ts), so `--help` starts in a fraction of the time.
async function dispatch(argv: string[]): Promise<ExitCode> {
  const parsed = parseCliArguments(argv);
  if (!parsed.ok) throw parsed.error;
  const args = parsed.value;
  if (args.help) {
    print((await import('./help-text.ts')).helpText());
    return EXIT.ok;
  }
  const command = await commandNamed(args.command);
  Object.assign(process.env, args.env);
  if ((args.expires !== undefined || args.note !== undefined) && args.command !== 'baseline')
    throw new ContractError('OAC_ERR_USAGE', '--expires and --note belong to `contract baseline update`');
  return command(args, process.env, print);
}

async function reportError(error: unknown): Promise<void> {
  const line = isContractError(error)
    ? error.oneLine()
    : `OAC_ERR_INTERNAL: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  // A message may quote an input that holds a credential (a URL with a token, say).
  const { CONTRACT_TOKEN: token = '', CONTRACT_FORBIDDEN_TOKEN: forbiddenToken } = process.env;
  const [{ credentialRedactor }, { readCredentialsConfig }] = await Promise.all([
    import('./credential-redactor.ts'),
    import('../run/credentials-config.ts'),
  ]);
  const credentials = readCredentialsConfig(process.env);
  process.stderr.write(
    `contract: ${credentialRedactor({ token, forbiddenToken, credentials }).redact(line)}\n`,
  );
}

/** Every error ends as one line on stderr and exit 2; never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await dispatch(argv);
  } catch (error) {
    await reportError(error);
    process.exitCode = EXIT.error;
  }
}
