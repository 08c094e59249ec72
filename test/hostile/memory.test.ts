import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileBehaviour } from './servers.ts';

const PROBE = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));
const LIMIT_MB = 150;
const CUT = `200 ${1024 * 1024}`;
const DEEP_JSON_BYTES = '{"a":['.length * 10_000 + 1 + ']}'.length * 10_000;

const EXPECTED: [HostileBehaviour, string][] = [
  ['hugeBody', CUT],
  ['endlessChunked', CUT],
  ['gzipBomb', CUT],
  ['brotliBomb', CUT],
  ['deepJson', `200 ${DEEP_JSON_BYTES}`],
  ['trickle', 'timeout'],
  ['ok', '200 11'],
];

// The probe runs as plain JavaScript, bundled once, as the compiled tool will: tsx would add 40 MB of its own.
const dir = mkdtempSync(join(tmpdir(), 'oac-hostile-'));
const bundle = join(dir, 'probe.cjs');
beforeAll(async () => {
  await build({
    entryPoints: [PROBE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'error',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memory of the http client, whatever the server sends', () => {
  it.each(EXPECTED)(
    `%s: 8 concurrent exchanges stay under ${LIMIT_MB} MB peak RSS`,
    async (name, outcome) => {
      // The server lives in this process; only the client's process is measured.
      const server = await startHostileServer(name);
      try {
        // The trickle ends only at the client's deadline, waited in real time: 500 ms is enough to hold 8
        // dripping answers, and the least that stays reliable; the others keep the default (they end sooner).
        const env = { ...process.env, ...(name === 'trickle' ? { PROBE_TIMEOUT_MS: '500' } : {}) };
        const { stdout } = await promisify(execFile)(process.execPath, [bundle, server.url], {
          timeout: 15_000,
          env,
        });
        const { maxRssMb, outcomes } = JSON.parse(stdout) as { maxRssMb: number; outcomes: string[] };
        expect(outcomes).toEqual(Array(8).fill(outcome));
        expect(maxRssMb).toBeLessThan(LIMIT_MB);
      } finally {
        await server.close();
      }
    },
  );
});
