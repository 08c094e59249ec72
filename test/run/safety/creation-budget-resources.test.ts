import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import { loadSpec } from '../../../src/spec/load-spec.ts';
import { compileSpec } from '../../../src/schema/compile-spec.ts';
import { creatingOperations } from '../../../src/run/safety/creating-operations.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { runContract } from '../../../src/run/run-contract.ts';
import { MOCK_DEFAULTS } from '../../../src/mock/defaults.ts';
import { createThings, documentOf, nameBody } from '../../support/openapi-parts.ts';

/** Things are created (201); a search is a POST that creates nothing. */
const DOCUMENT = documentOf({
  '/things': createThings(10),
  '/search': {
    post: {
      operationId: 'search',
      requestBody: nameBody(10),
      responses: { '200': { description: 'results' } },
    },
  },
});

function documentPath(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'budget-')), 'things.json');
  writeFileSync(path, JSON.stringify(DOCUMENT));
  return path;
}

describe('the creation budget counts the resources a document creates, not only keys', () => {
  it('knows what creates: keys by their secret, resources by 201 or items below the path', async () => {
    const things = unwrap(compileSpec(unwrap(await loadSpec(documentPath()))));
    expect([...creatingOperations(things, ['value'])]).toEqual([['createThing', 'resource']]);
    const family = unwrap(compileSpec(unwrap(await loadSpec(MOCK_DEFAULTS.familySpecPath))));
    expect([...creatingOperations(family, ['value'])]).toEqual([
      ['createServiceAccountApiKey', 'keys'],
      ['rotateServiceAccountApiKey', 'keys'],
    ]);
  });

  it('creates at most CONTRACT_MAX_CREATES things, then skips the creating cases and says so', async () => {
    let things = 0;
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        const json = (req.headers['content-type'] ?? '').startsWith('application/json');
        const valid = req.method === 'POST' && json && /^\{"name":"[^"\\]{1,10}"\}$/.test(text);
        if (valid && req.url === '/things') things += 1;
        res.writeHead(valid ? (req.url === '/things' ? 201 : 200) : 400, {
          'content-type': 'application/json',
        });
        res.end(JSON.stringify(valid ? { id: `t${things}` } : {}));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const config = unwrap(
        readRunConfig({
          CONTRACT_BASE_URL: url,
          CONTRACT_SPEC: documentPath(),
          CONTRACT_TOKEN: 'unused-token-for-a-document-without-security',
          CONTRACT_MAX_CREATES: '5',
          CONTRACT_RUNS: '30',
          CONTRACT_SEED: '2',
        }),
      );
      const results = unwrap(await runContract(config, { baseUrl: url }));
      expect(things).toBe(5);
      const notes = results.notes.map((note) => note.message);
      expect(notes).toContainEqual(
        expect.stringMatching(
          /^budget: \d+ creating case\(s\) skipped after 5 creations \(CONTRACT_MAX_CREATES=5\)$/,
        ),
      );
      // The search creates nothing: none of its cases waited for the budget.
      expect(results.checks['status_code_conformance']?.passed).toBeGreaterThan(30);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
