import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import type { ContractEvent } from '../../../src/run/events.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { runContract } from '../../../src/run/run-contract.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createThings,
  documentOf,
  json,
  nameBody as nameBodyOf,
  pathParam,
} from '../../support/openapi-parts.ts';

const thing = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};
const nameBody = nameBodyOf(20);
const notFound = { description: 'no such resource' };
const invalid = { description: 'invalid request' };

/** /things by naming convention, /widgets by an OpenAPI link only, /orphans with no producer at all. */
const DOCUMENT = documentOf({
  '/things': createThings(20),
  '/things/{thingId}': {
    parameters: [pathParam('thingId')],
    get: {
      operationId: 'getThing',
      responses: { '200': { description: 'the thing', ...json(thing) }, '404': notFound },
    },
    delete: {
      operationId: 'deleteThing',
      responses: { '204': { description: 'deleted' }, '404': notFound },
    },
  },
  '/widgets': {
    post: {
      operationId: 'createWidget',
      requestBody: nameBody,
      responses: {
        '201': {
          description: 'created',
          ...json({
            type: 'object',
            properties: { widget: { type: 'object', properties: { key: { type: 'string' } } } },
          }),
          links: {
            GetWidget: { operationId: 'getWidget', parameters: { wkey: '$response.body#/widget/key' } },
          },
        },
        '400': invalid,
      },
    },
  },
  '/widgets/{wkey}': {
    get: {
      operationId: 'getWidget',
      parameters: [pathParam('wkey')],
      responses: { '200': { description: 'the widget', ...json({ type: 'object' }) }, '404': notFound },
    },
  },
  '/orphans/{orphanId}': {
    get: {
      operationId: 'getOrphan',
      parameters: [pathParam('orphanId')],
      responses: { '200': { description: 'ok' }, '404': notFound },
    },
  },
});

/** A small conformant server for the document: things and widgets live in memory. */
function thingsServer(): Server {
  const things = new Map<string, string>();
  const widgets = new Set<string>();
  let next = 0;
  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const nameOf = (text: string): string | undefined => {
    try {
      const body = JSON.parse(text) as unknown;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
      const { name, ...rest } = body as Record<string, unknown>;
      const length = typeof name === 'string' ? Array.from(name).length : 0;
      return Object.keys(rest).length === 0 && length >= 1 && length <= 20 ? (name as string) : undefined;
    } catch {
      return undefined;
    }
  };
  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, collection, id] = path.split('/');
    const isJson = (req.headers['content-type'] ?? '').startsWith('application/json');
    if (req.method === 'POST' && id === undefined && (collection === 'things' || collection === 'widgets')) {
      const name = isJson ? nameOf(text) : undefined;
      if (name === undefined) return send(res, 400);
      const key = `${collection}-${++next}`;
      if (collection === 'widgets') return (widgets.add(key), send(res, 201, { widget: { key } }));
      things.set(key, name);
      return send(res, 201, { id: key });
    }
    if (collection === 'things' && id !== undefined && things.has(id)) {
      if (req.method === 'GET') return send(res, 200, { id, name: things.get(id) });
      if (req.method === 'DELETE') return (things.delete(id), send(res, 204));
    }
    if (collection === 'widgets' && req.method === 'GET' && id !== undefined && widgets.has(id))
      return send(res, 200, {});
    return send(res, 404);
  };
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
}

let server: Server;
let url: string;
let dir: string;
beforeAll(async () => {
  server = thingsServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'resources-'));
  writeFileSync(join(dir, 'things.json'), JSON.stringify(DOCUMENT));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type CaseEvent = Extract<ContractEvent, { type: 'case-finished' }>;

async function run() {
  const config = unwrap(
    readRunConfig({
      CONTRACT_BASE_URL: url,
      CONTRACT_SPEC: join(dir, 'things.json'),
      CONTRACT_TOKEN: 'unused-token-for-a-document-without-security',
      CONTRACT_SEED: '7',
      CONTRACT_RUNS: '20',
    }),
  );
  const cases: CaseEvent[] = [];
  const sink = (event: ContractEvent) => (event.type === 'case-finished' ? cases.push(event) : undefined);
  const results = unwrap(await runContract(config, { baseUrl: url, sink }));
  const statuses = (operationId: string, phase: string) =>
    cases.filter((c) => c.operationId === operationId && c.phase === phase).map((c) => c.status);
  return { results, statuses };
}

describe('resources on a generic document', () => {
  it('plans get and delete against things the run created, found by the collection and by links', async () => {
    const { results, statuses } = await run();
    expect(results.toolErrors).toEqual([]);
    expect(results.findings.map((group) => `${group.check}: ${group.example.message}`)).toEqual([]);
    // /things/{thingId}: by convention (POST /things answers {id}); every valid GET finds it.
    expect(new Set(statuses('getThing', 'positive'))).toEqual(new Set([200]));
    // The first valid DELETE deletes it; the later ones meet a resource that is gone (a tolerated 404).
    expect(statuses('deleteThing', 'positive')[0]).toBe(204);
    // /widgets/{wkey}: only the document's link says where the key is ({widget: {key}}).
    expect(new Set(statuses('getWidget', 'positive'))).toEqual(new Set([200]));
    // Unknown ids still get their 404 phase.
    expect(statuses('getThing', 'resource')).toContain(404);
  });

  it('says which parameter had no real value when nothing creates one', async () => {
    const { results, statuses } = await run();
    const notes = results.notes.map((note) => note.message);
    expect(notes).toContainEqual(
      expect.stringContaining('path parameter orphanId of getOrphan has no real value'),
    );
    expect(statuses('getOrphan', 'positive')).toContain(404);
  });
});
