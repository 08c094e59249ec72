import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { garbleToken } from '../../src/http/garble-token.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { checkJunitStructure, HAS_XMLLINT, xmllintProblems } from '../report/support/check-junit.ts';
import { startLeakyProxy, type LeakyProxy } from './leaky-proxy.ts';
import { contract, filesUnder } from './run-cli.ts';

const TOKEN = 'tok-e2e-full-7c1d9e2f4a6b8c0d1e3f';
const READONLY = 'tok-e2e-readonly-5e3a1c9b7d2f4a6c';
const SECRET_FIELD = 'recoveryCode';
/** Several realistic bugs, two of which put secrets where they do not belong. */
const FAULTS: FaultName[] = ['value-in-error', 'fingerprint-is-value', 'no-max-length', 'malformed-json-500'];
const SEVERITY = ['critical', 'high', 'medium', 'low'];
const LONG = 900_000;

interface FaultyServer {
  url: string;
  mock: MockServer;
  proxy: LeakyProxy;
}

const servers: FaultyServer[] = [];
afterAll(async () => {
  await Promise.all(servers.flatMap((server) => [server.proxy.close(), server.mock.close()]));
});

/** The mock with FAULTS behind a gateway that leaks secrets into headers and error bodies. */
async function faultyServer(): Promise<FaultyServer> {
  const mock = await startMockServer({ faults: FAULTS, tokens: { full: TOKEN, readOnly: READONLY } });
  if (!mock.ok) throw mock.error;
  const proxy = await startLeakyProxy(mock.value.url, SECRET_FIELD);
  const server = { url: proxy.url, mock: mock.value, proxy };
  servers.push(server);
  return server;
}

const ENV = {
  CONTRACT_TOKEN: TOKEN,
  CONTRACT_FORBIDDEN_TOKEN: READONLY,
  CONTRACT_SECRET_FIELDS: `value,${SECRET_FIELD}`,
  // Local servers, though named by URL: no creation budget, no rate limit.
  CONTRACT_MAX_CREATES: 'unlimited',
  CONTRACT_RATE: 'unlimited',
};

/** The console's problem lines, each with the lines under it. */
function problemsOf(stdout: string): { line: string; severity: string; replay?: string; curl: boolean }[] {
  const lines = stdout.split('\n');
  return lines.flatMap((line, index) => {
    const match = /^ {2}\[(critical|high|medium|low)\] /.exec(line);
    if (match === null) return [];
    const under = lines.slice(index + 1, index + 4);
    const replay = under.map((text) => /^ {6}replay: contract replay (.+)$/.exec(text)?.[1]).find(Boolean);
    return [
      {
        line,
        severity: match[1] ?? '',
        replay,
        curl: under.some((text) => text.startsWith('      curl:   curl ')),
      },
    ];
  });
}

function secretsOf(all: FaultyServer[]): string[] {
  const minted = all.flatMap((server) =>
    server.mock.state
      .keys(server.mock.credentials.serviceAccountId)
      .flatMap((key) => [key.value, key.fingerprint]),
  );
  const planted = all.flatMap((server) => server.proxy.planted);
  const tokens = [TOKEN, READONLY, garbleToken(TOKEN).value, garbleToken(READONLY).value];
  return [...new Set([...tokens, ...minted, ...planted])];
}

describe('against a faulty server with several bugs', () => {
  it(
    'prints one line per bug in severity order with its curl and replay file, writes valid reports, every replay reproduces its bug, and no secret appears anywhere',
    async () => {
      const server = await faultyServer();
      const reportDir = mkdtempSync(join(tmpdir(), 'findings-e2e-'));
      const run = await contract(['run', '--runs', '4', '--seed', '23', '--report-dir', reportDir], {
        ...ENV,
        CONTRACT_BASE_URL: server.url,
      });
      expect(run.code, run.stdout + run.stderr).toBe(1);

      // 1. One line per distinct problem, most severe first, each with a replay file and a curl command.
      const problems = problemsOf(run.stdout);
      const ranks = problems.map((problem) => SEVERITY.indexOf(problem.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const check of [
        'secret_not_in_error_body',
        'not_a_server_error',
        'negative_data_rejection',
        'fingerprint_is_display_suffix',
        'response_schema_conformance',
      ])
        expect(
          problems.some((problem) => problem.line.includes(`] ${check}: `)),
          check,
        ).toBe(true);
      for (const problem of problems) {
        expect(problem.curl, problem.line).toBe(true);
        expect(problem.replay !== undefined && existsSync(problem.replay), problem.line).toBe(true);
      }

      // 2. Reports: JUnit valid against its schema, JSON listing the same findings in the same order, Markdown.
      const junit = readFileSync(join(reportDir, 'junit.xml'), 'utf8');
      checkJunitStructure(junit);
      if (HAS_XMLLINT) expect(xmllintProblems(join(reportDir, 'junit.xml'))).toBe('');
      const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as {
        findings: { severity: string; replayFile: string }[];
        exitCode: number;
      };
      expect(report.exitCode).toBe(1);
      // The console shows one line per root cause; the reports keep every finding (by operation and status).
      const replays = report.findings.map((finding) => join(reportDir, finding.replayFile));
      expect(replays.length).toBeGreaterThanOrEqual(problems.length);
      for (const problem of problems) expect(replays).toContain(problem.replay);
      const summary = readFileSync(join(reportDir, 'summary.md'), 'utf8');
      expect(
        summary.split('\n').filter((line) => /^\| (critical|high|medium|low) \|/.test(line)),
      ).toHaveLength(replays.length);

      // 3. Each replay file reproduces its bug against a fresh server with the same bugs (one process for all).
      const fresh = await faultyServer();
      const files = problems.map((problem) => problem.replay ?? '');
      const replay = await contract(['replay', ...files, '--base-url', fresh.url], ENV);
      expect(replay.code, replay.stdout + replay.stderr).toBe(1);
      const blocks = replay.stdout.split(/^(?=replay \/)/m).filter((block) => block.startsWith('replay /'));
      expect(blocks.map((block) => block.slice('replay '.length, block.indexOf(':')))).toEqual(files);
      for (const block of blocks) expect(block, block.split('\n')[0]).toMatch(/^reproduced: /m);
      expect(replay.stdout).toContain(`${files.length} of ${files.length} replay(s) still fail a check`);

      // 4. No token, garbled token, minted value or configured secret in any stream or file.
      const secrets = secretsOf(servers);
      expect(secrets.length).toBeGreaterThan(40);
      const outputs = new Map<string, string>([
        ['stdout (console)', run.stdout],
        ['stderr', run.stderr],
        ...filesUnder(reportDir),
        ['replay stdout', replay.stdout],
        ['replay stderr', replay.stderr],
      ]);
      // One replay file per finding of the reports (the console groups them by root cause).
      expect([...outputs.keys()].filter((name) => name.endsWith('.replay.json'))).toHaveLength(
        replays.length,
      );
      for (const [name, text] of outputs)
        for (const secret of secrets) expect(text.includes(secret), `${name} shows a secret`).toBe(false);
      // Not vacuous: the secrets reached the checker and were masked.
      const everything = [...outputs.values()].join('\n');
      expect(everything).toContain('[REDACTED minted value]');
      expect(everything).toContain('[REDACTED token]');
    },
    LONG,
  );
});
