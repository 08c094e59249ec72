import { RUN_FLAGS } from './options.ts';

/** `contract --help`; README.md documents the same flags and variables. */
export function helpText(): string {
  const flags = Object.entries(RUN_FLAGS).map(([flag, variable]) => `  --${flag.padEnd(24)} ${variable}`);
  return [
    'Usage: contract [command] [flags]',
    '',
    'Commands:',
    '  run            run the contract suites (default): against --base-url, or the bundled mock',
    '  mock           start the bundled mock server and print its URL and credentials',
    '  bench          measure checked cases per second and peak memory against the mock',
    '',
    'Flags of run (each also read from its environment variable):',
    ...flags,
    '  --disable-check NAME       switch one check off (repeatable; same as CONTRACT_DISABLE_CHECKS=a,b)',
    '  --strict                   document warnings count as violations (CONTRACT_STRICT=1)',
    '  --port N                   mock: port to listen on (default: a free port)',
    '  -h, --help                 this text',
    '',
    'Exit codes: 0 conformant, 1 violations, 2 usage, spec or connection error.',
  ].join('\n');
}
