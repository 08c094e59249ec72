import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from './run-cli.ts';
import { NOTES_TOKEN, startNotesServer, type NotesServer } from './servers/notes-server.ts';

const NOTES = fileURLToPath(new URL('../../fixtures/e2e/notes.openapi.yaml', import.meta.url));

describe('failing early, saying only what is true', () => {
  let server: NotesServer;
  beforeAll(async () => {
    server = await startNotesServer();
  });
  afterAll(() => server.close());

  it('an unwritable report directory is refused before the first request', async () => {
    const root = mkdtempSync(join(tmpdir(), 'contract-early-'));
    const notADir = join(root, 'file');
    writeFileSync(notADir, 'x');
    const before = server.paths.length;
    const run = await contract(['run', '--report-dir', join(notADir, 'reports')], {
      CONTRACT_BASE_URL: server.url,
      CONTRACT_SPEC: NOTES,
      CONTRACT_TOKEN: NOTES_TOKEN,
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^contract: OAC_ERR_REPORT_WRITE: report directory .* is not writable .*nothing was sent/,
    );
    expect(server.paths.length).toBe(before);
  });

  it('a dead target is one line, exit 2, and no clean-up advice (nothing was sent)', async () => {
    const run = await contract(['run', '--base-url', 'http://127.0.0.1:9', '--spec', NOTES]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^contract: OAC_ERR_TARGET_UNREACHABLE/);
    expect(run.stdout + run.stderr).not.toContain('clean-up');
  });
});
