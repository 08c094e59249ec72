import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCurl } from '../../src/http/to-curl.ts';
import { toWireRequest } from '../../src/http/to-wire-request.ts';
import type { SentRequest } from '../../src/http/types.ts';
import { makeCase, startServer, type ReceivedRequest } from './helpers.ts';

const TOKEN = 'fk-Secr3tT0ken_value.abcXYZ';
const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;
const hasCurl = hasBash && spawnSync('curl', ['--version']).status === 0;

interface Parsed {
  args: string[];
  stdin: string;
}

/** Runs the command in bash with `curl` replaced by a function that prints its arguments and stdin. */
function parseWithBash(command: string): Parsed {
  const dir = mkdtempSync(join(tmpdir(), 'curl-'));
  const stub = `curl() { printf '%s\\0' "$@" > "$OUT/args"; cat > "$OUT/stdin"; }`;
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `${stub}\n${command}`], {
    env: { PATH: process.env.PATH, OUT: dir, CONTRACT_TOKEN: TOKEN },
    input: '',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr.toString()).toBe('');
  const args = readFileSync(join(dir, 'args'), 'utf8').split('\0').slice(0, -1);
  return { args, stdin: readFileSync(join(dir, 'stdin'), 'utf8') };
}

function sent(overrides: Partial<SentRequest> = {}): SentRequest {
  return {
    method: 'POST',
    url: 'http://127.0.0.1:8080/a/b%2Fc?x=1&y=[2]',
    headers: { 'content-type': 'application/json', authorization: 'Bearer $CONTRACT_TOKEN' },
    bodyText: '{"name":"x"}',
    bodyBytes: 12,
    ...overrides,
  };
}

describe('toCurl: structure', () => {
  it('writes method, quoted URL, one -H per header, the body and a time limit', () => {
    const curl = toCurl(sent(), { maxTimeSeconds: 5 });
    expect(curl).toContain("-X 'POST' 'http://127.0.0.1:8080/a/b%2Fc?x=1&y=[2]'");
    expect(curl).toContain("-H 'content-type: application/json'");
    expect(curl).toContain('-H "authorization: Bearer $CONTRACT_TOKEN"');
    expect(curl).toContain(`--data-binary '{"name":"x"}'`);
    expect(curl).toContain('--globoff');
    expect(curl).toContain('--max-time 5');
  });

  it('suppresses curl defaults: empty header values and a missing Content-Type', () => {
    const curl = toCurl(sent({ headers: { 'x-empty': '' }, bodyText: '{' }));
    expect(curl).toContain("-H 'x-empty;'");
    expect(curl).toContain("-H 'Content-Type:'");
  });

  it('leaves out a large body that is no repeated pattern, with a note', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => String(i % 97)).join(',');
    const curl = toCurl(sent({ bodyText: body, bodyBytes: body.length }));
    expect(curl).toContain(`# body of ${body.length} bytes omitted`);
    expect(curl).not.toContain(body.slice(0, 100));
  });
});

describe.skipIf(!hasBash)('toCurl: round trip through bash', () => {
  it('keeps quotes, dollars, backticks and newlines in the body exactly', () => {
    const body = `{"name":"it's \\"q\\" $HOME \`id\` \\\\ !x\\n"}\nline2`;
    const parsed = parseWithBash(toCurl(sent({ bodyText: body })));
    expect(parsed.args).toContain(body);
    expect(parsed.args).toContain('http://127.0.0.1:8080/a/b%2Fc?x=1&y=[2]');
    expect(parsed.args).toContain(`authorization: Bearer ${TOKEN}`);
  });

  it('rebuilds the garbled token from $CONTRACT_TOKEN', () => {
    const { wire, recorded } = toWireRequest(makeCase({ auth: 'garbled' }), {
      baseUrl: 'http://127.0.0.1:1',
      token: TOKEN,
      timeoutMs: 1000,
      maxResponseBytes: 1000,
    });
    const parsed = parseWithBash(toCurl(recorded));
    expect(parsed.args).toContain(`authorization: ${wire.headers.authorization ?? ''}`);
  });

  it.each([
    ['one ASCII character', `{"name":"${'a'.repeat(4 * 1024 * 1024)}"}`],
    ['one astral character', `{"name":"${'😀'.repeat(20_000)}"}`],
    ['a quote character', `'${"'".repeat(30_000)}'`],
  ])('regenerates a large body of %s', (_label, body) => {
    const curl = toCurl(sent({ bodyText: body, bodyBytes: Buffer.byteLength(body) }));
    expect(curl.length).toBeLessThan(2000);
    expect(parseWithBash(curl).stdin).toBe(body);
  });

  it('pipes a body holding NUL bytes through printf', () => {
    const body = '-a\0b%s\\n\u0001é';
    const parsed = parseWithBash(toCurl(sent({ bodyText: body })));
    expect(parsed.args).toContain('@-');
    expect(parsed.stdin).toBe(body);
  });
});

describe.skipIf(!hasCurl)('toCurl: replayed with the real curl', () => {
  it('repeats the request the client sent', async () => {
    const received: ReceivedRequest[] = [];
    const server = await startServer((_req, res) => res.writeHead(204).end(), received);
    try {
      const requestCase = makeCase({
        pathTemplate: '/a/{id}',
        pathParams: { id: "it's /é" },
        query: { q: ['[1]', '{x}'] },
        cookies: { c: 'v' },
        body: { kind: 'json', value: { name: 'o\'neil "$x"' } },
      });
      const options = { baseUrl: server.url, token: TOKEN, timeoutMs: 1000, maxResponseBytes: 1000 };
      const { wire, recorded } = toWireRequest(requestCase, options);
      const env = { PATH: process.env.PATH, CONTRACT_TOKEN: TOKEN };
      await promisify(execFile)('bash', ['--norc', '--noprofile', '-c', toCurl(recorded)], { env });
      expect(received[0]?.url).toBe(wire.url.slice(server.url.length));
      expect(received[0]?.body).toBe(wire.body);
      expect(received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(received[0]?.headers.cookie).toBe('c=v');
      expect(received[0]?.headers['content-type']).toBe('application/json');
    } finally {
      await server.close();
    }
  });
});
