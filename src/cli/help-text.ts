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
    '  replay FILE... resend the requests of replay files (reports/replays/) and re-run the checks;',
    '                 --base-url targets another server; exit 1 while a check still fails',
    '  baseline update  run, then record the findings in the baseline (--baseline, default',
    '                 contract-baseline.json); run --baseline fails on new, fixed or expired findings',
    '  diff           classify changes from --base (default: the pinned fixture) to --head (default: the',
    '                 live document of --base-url or of the mock) as breaking or not; exit 1 on breaking',
    "  compare OLD NEW  new, fixed and still-failing findings and timing changes between two runs'",
    '                 results (a results file, report.json or report directory); exit 1 on new findings',
    '  cleanup        revoke the keys earlier runs left active on --base-url (a run tag in the name, or',
    '                 the id in a ledger), older than --older-than (default 1h); never any other key',
    '',
    'Flags of run (each also read from its environment variable):',
    ...flags,
    '  --disable-check NAME       switch one check off (repeatable; same as CONTRACT_DISABLE_CHECKS=a,b)',
    '  --strict                   document warnings count as violations (CONTRACT_STRICT=1)',
    '  --allow-production         run even against a production base URL (CONTRACT_ALLOW_PRODUCTION=1)',
    '  --port N                   mock: port to listen on (default: a free port)',
    '  --base FILE_OR_URL         diff: the document clients were written against',
    '  --head FILE_OR_URL         diff: the document to check',
    '  --json                     diff, compare: print JSON instead of text',
    '  --expires YYYY-MM-DD       baseline update: entries it adds fail the run after this day',
    '  --note TEXT                baseline update: a note on the entries it adds (a ticket, say)',
    '  --older-than AGE           cleanup: only keys at least this old (30m, 1h, 2d, 0); with --run-id,',
    "                             only that run's keys",
    '  -h, --help                 this text',
    '',
    'Exit codes: 0 conformant, 1 violations, 2 usage, spec or connection error;',
    "            130/143 interrupted (Ctrl-C/SIGTERM) after revoking the run's keys.",
  ].join('\n');
}
