import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from './run-cli.ts';
import { NOTES_TOKEN, startNotesServer, type NotesServer } from './servers/notes-server.ts';

const NOTES = fileURLToPath(new URL('../../fixtures/e2e/notes.openapi.yaml', import.meta.url));

describe('a document with none of the Factory operations, against a conformant server', () => {
  let server: NotesServer;
  beforeAll(async () => {
    server = await startNotesServer();
  });
  afterAll(() => server.close());

  it('exits 0, names what it tested, and sends every request under the server path /v1', async () => {
    const root = mkdtempSync(join(tmpdir(), 'contract-notes-'));
    const run = await contract(['run', '--runs', '30', '--seed', '9'], {
      CONTRACT_BASE_URL: server.url,
      CONTRACT_SPEC: NOTES,
      CONTRACT_TOKEN: NOTES_TOKEN,
      CONTRACT_PATH_PARAMS: 'noteId=n1',
      CONTRACT_REPORT_DIR: join(root, 'reports'),
      CONTRACT_LEDGER_DIR: join(root, 'ledger'),
    });
    const output = run.stdout + run.stderr;
    expect(run.code, output).toBe(0);
    expect(output).toContain('operations: listNotes, createNote, getNote');
    expect(output).toContain('Violations: none');
    expect(output).not.toContain('createServiceAccountApiKey');
    expect(output).not.toMatch(/minted_values_unique|fingerprint_is_display_suffix/);
    expect(server.paths.length).toBeGreaterThan(50);
    // The reachability probe goes to the base URL itself; every request of the contract under /v1.
    expect(server.paths.filter((path) => path !== '/' && !path.startsWith('/v1/'))).toEqual([]);
    expect(output).toContain(`requests go to ${server.url}/v1 (server path /v1 from the document)`);
    // Nothing was minted: no ledger is left behind.
    expect(readdirSync(join(root, 'ledger'))).toEqual([]);
  });
});

describe('no CONTRACT_TOKEN against a real server', () => {
  let server: NotesServer;
  beforeAll(async () => {
    server = await startNotesServer();
  });
  afterAll(() => server.close());

  it('sends no credential (never the mock token), says so, and judges no 401 as a failure', async () => {
    const root = mkdtempSync(join(tmpdir(), 'contract-notoken-'));
    const run = await contract(['run', '--runs', '5', '--seed', '9'], {
      CONTRACT_BASE_URL: server.url,
      CONTRACT_SPEC: NOTES,
      CONTRACT_PATH_PARAMS: 'noteId=n1',
      CONTRACT_REPORT_DIR: join(root, 'reports'),
    });
    const output = run.stdout + run.stderr;
    expect(run.code, output).toBe(0);
    expect(output).toMatch(/security scheme not satisfied: bearerAuth: .*CONTRACT_/);
    expect(output).toContain('Violations: none');
  });
});
