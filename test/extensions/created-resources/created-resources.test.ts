import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import { createdResourcesExtension } from '../../../src/extensions/created-resources/created-resources-extension.ts';
import { deletableCollections } from '../../../src/extensions/created-resources/deletable-collections.ts';
import { deleteCreated } from '../../../src/extensions/created-resources/delete-created.ts';
import type { RequestCase } from '../../../src/generate/types.ts';
import type { Exchange, HttpClient } from '../../../src/http/types.ts';
import { CLEANUP_TAG } from '../../../src/run/observing-client.ts';
import { compileSpec } from '../../../src/schema/compile-spec.ts';
import { loadSpec } from '../../../src/spec/load-spec.ts';
import type { ContractEvent } from '../../../src/run/events.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { runContract } from '../../../src/run/run-contract.ts';
import { createdWithId, createThings, documentOf, pathParam } from '../../support/openapi-parts.ts';

/** Things can be deleted; notes (nested under a thing) too; logs are created but cannot be deleted. */
const DOCUMENT = documentOf({
  '/things': createThings(10),
  '/things/{thingId}': {
    delete: {
      operationId: 'deleteThing',
      parameters: [pathParam('thingId')],
      responses: { '204': { description: 'deleted' }, '404': { description: 'none' } },
    },
  },
  '/things/{thingId}/notes': {
    post: {
      operationId: 'createNote',
      parameters: [pathParam('thingId')],
      responses: { '201': createdWithId },
    },
  },
  '/things/{thingId}/notes/{noteId}': {
    delete: {
      operationId: 'deleteNote',
      parameters: [pathParam('thingId'), pathParam('noteId')],
      responses: { '204': { description: 'deleted' } },
    },
  },
  '/logs': { post: { operationId: 'createLog', responses: { '201': createdWithId } } },
});

/** A server for the document, keeping what exists; `deleteStatus` answers every DELETE of a thing; with
 * `apiKey`, every request without it in `X-API-Key` is answered 401. */
async function thingsServer(deleteStatus = 204, apiKey?: string) {
  const things = new Set<string>();
  const deletes: string[] = [];
  const deleteAuth: string[] = [];
  let next = 0;
  const send = (res: ServerResponse, status: number, answer?: unknown) => {
    res.writeHead(status, answer === undefined ? {} : { 'content-type': 'application/json' });
    res.end(answer === undefined ? undefined : JSON.stringify(answer));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const [, collection, id, sub] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    if (req.method === 'DELETE') deletes.push(req.url ?? '');
    if (req.method === 'DELETE')
      deleteAuth.push(`${String(req.headers['x-api-key'])} ${String(req.headers.authorization)}`);
    if (apiKey !== undefined && req.headers['x-api-key'] !== apiKey) return send(res, 401);
    if (collection !== 'things' || sub !== undefined) return send(res, 201, { id: `other-${++next}` });
    if (req.method === 'POST' && id === undefined) {
      const valid = /^\{"name":"[^"]{1,10}"\}$/.test(text);
      if (!valid) return send(res, 400);
      const key = `t${++next}`;
      things.add(key);
      return send(res, 201, { id: key });
    }
    if (req.method === 'DELETE' && id !== undefined && things.has(id)) {
      if (deleteStatus === 204) things.delete(id);
      return send(res, deleteStatus);
    }
    return send(res, 404);
  };
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => handle(req, res, text));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { url, things, deletes, deleteAuth, close };
}

function written(document: unknown, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'created-resources-'));
  writeFileSync(join(dir, name), JSON.stringify(document));
  return join(dir, name);
}

const documentPath = written(DOCUMENT, 'things.json');

/** The same things behind an API key in a header, required by every operation. */
const API_KEY_DOCUMENT = {
  ...DOCUMENT,
  components: { securitySchemes: { ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-API-Key' } } },
  security: [{ ApiKeyAuth: [] }],
};

async function runAgainst(url: string, disposable = false, env: Record<string, string> = {}) {
  const config = unwrap(
    readRunConfig({
      CONTRACT_BASE_URL: url,
      CONTRACT_SPEC: documentPath,
      CONTRACT_TOKEN: 'unused-token-for-a-document-without-security',
      CONTRACT_SEED: '3',
      CONTRACT_RUNS: '15',
      CONTRACT_INCLUDE: 'id:createThing',
      ...env,
    }),
  );
  const messages: string[] = [];
  const sink = (event: ContractEvent) => (event.type === 'message' ? messages.push(event.text) : undefined);
  const extensions = [createdResourcesExtension()];
  const target = { ...config, disposableTarget: disposable };
  const results = unwrap(await runContract(target, { baseUrl: url, extensions, sink }));
  return { results, messages: messages.filter((text) => text.startsWith('clean-up:')) };
}

describe('resources a run creates are deleted at its end', () => {
  it('pairs each POST on a collection with the DELETE on its item path, nested ones too', async () => {
    const compiled = unwrap(compileSpec(unwrap(await loadSpec(documentPath))));
    const pairs = [...deletableCollections(compiled)].map(([create, { operation, param }]) => [
      create,
      operation.operation.operationId,
      param,
    ]);
    expect(pairs).toEqual([
      ['createThing', 'deleteThing', 'thingId'],
      ['createNote', 'deleteNote', 'noteId'],
    ]);
  });

  it('deletes with the credentials the DELETE declares (an API key in a header), not a bearer token', async () => {
    const server = await thingsServer(204, 'the-api-key-0123456789');
    try {
      const { messages } = await runAgainst(server.url, false, {
        CONTRACT_SPEC: written(API_KEY_DOCUMENT, 'things-api-key.json'),
        CONTRACT_AUTH_APIKEYAUTH: 'the-api-key-0123456789',
      });
      expect(server.deletes.length).toBeGreaterThan(0);
      expect(new Set(server.deleteAuth)).toEqual(new Set(['the-api-key-0123456789 undefined']));
      expect(server.things.size).toBe(0);
      expect(messages[0]).toMatch(/^clean-up: deleted (\d+) of \1 resource\(s\) the run created$/);
    } finally {
      await server.close();
    }
  });

  it('deletes every thing the run created, and says so', async () => {
    const server = await thingsServer();
    try {
      const { results, messages } = await runAgainst(server.url);
      expect(results.toolErrors).toEqual([]);
      expect(server.deletes.length).toBeGreaterThan(0);
      expect(server.things.size).toBe(0);
      expect(messages).toEqual([
        `clean-up: deleted ${server.deletes.length} of ${server.deletes.length} resource(s) the run created`,
      ]);
    } finally {
      await server.close();
    }
  });

  it('names what could not be deleted, and the run still ends', async () => {
    const server = await thingsServer(500);
    try {
      const { results, messages } = await runAgainst(server.url);
      expect(results.toolErrors).toEqual([]);
      expect(server.things.size).toBe(server.deletes.length);
      expect(messages[0]).toBe(`clean-up: deleted 0 of ${server.things.size} resource(s) the run created`);
      expect(messages[1]).toMatch(
        new RegExp(
          `^clean-up: ${server.things.size} could not be deleted: DELETE /things/t\\d+ answered 500`,
        ),
      );
    } finally {
      await server.close();
    }
  });

  it('leaves a disposable target (the bundled mock) alone', async () => {
    const server = await thingsServer();
    try {
      const { messages } = await runAgainst(server.url, true);
      expect(server.deletes).toEqual([]);
      expect(server.things.size).toBeGreaterThan(0);
      expect(messages).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('sends its deletions as clean-ups, which an extension that holds traffic after an interrupt lets through', async () => {
    const compiled = unwrap(compileSpec(unwrap(await loadSpec(documentPath))));
    const deletion = deletableCollections(compiled).get('createThing');
    if (deletion === undefined) throw new Error('no deletion for createThing');
    const sent: RequestCase[] = [];
    const client: HttpClient = {
      send: (requestCase) => {
        sent.push(requestCase);
        return Promise.resolve({ case: requestCase, response: { status: 204 } } as unknown as Exchange);
      },
      close: () => Promise.resolve(),
    };
    const resources = [{ deletion, pathParams: { thingId: 't1' }, label: 'DELETE /things/t1' }];
    const sender = { client, availability: { valid: [], forbidden: [] } };
    expect(await deleteCreated(sender, resources, 1)).toEqual({ deleted: 1, failed: [] });
    expect(sent.map((requestCase) => [requestCase.method, requestCase.tags])).toEqual([
      ['delete', [CLEANUP_TAG]],
    ]);
  });
});
