import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import { destroyedParam } from '../../../src/generate/destroyed-param.ts';
import type { ContractEvent } from '../../../src/run/events.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { runContract } from '../../../src/run/run-contract.ts';
import { compileSpec } from '../../../src/schema/compile-spec.ts';
import { loadSpec } from '../../../src/spec/load-spec.ts';
import { documentOf, json, nameBody } from '../../support/openapi-parts.ts';

const KEY = 'pk_test_destructive_0123456789';
const pet = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } };
const petId = { name: 'petId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const refused = { '400': { description: 'invalid' }, '401': { description: 'no key' } };
const item = {
  parameters: [petId],
  get: {
    operationId: 'getPet',
    responses: {
      '200': { description: 'the pet', ...json(pet) },
      '404': { description: 'none' },
      ...refused,
    },
  },
  delete: {
    operationId: 'deletePet',
    responses: { '204': { description: 'deleted' }, '404': { description: 'none' }, ...refused },
  },
};
const secured = (paths: Record<string, unknown>) => ({
  ...documentOf(paths),
  security: [{ ApiKeyAuth: [] }],
  components: { securitySchemes: { ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-API-Key' } } },
});
/** Pets the run can create (POST /pets), and a document where nothing creates one. */
const WITH_CREATE = secured({
  '/pets': {
    post: {
      operationId: 'createPet',
      requestBody: nameBody(20),
      responses: { '201': { description: 'created', ...json(pet) }, ...refused },
    },
  },
  '/pets/{petId}': item,
});
const WITHOUT_CREATE = secured({ '/pets/{petId}': item });

interface Seen {
  method: string;
  id: string;
  keyed: boolean;
}

/** A conformant pet store holding the user's pet 1; it logs every request to /pets/{id}. */
function petServer(pets: Set<string>, seen: Seen[]): Server {
  let next = 100;
  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const [, collection, id] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    const keyed = req.headers['x-api-key'] === KEY;
    if (id !== undefined) seen.push({ method: req.method ?? '', id, keyed });
    if (collection !== 'pets') return send(res, 404, {});
    if (!keyed) return send(res, 401, {});
    if (id === undefined && req.method === 'POST') {
      const created = String(next++);
      pets.add(created);
      return send(res, 201, { id: Number(created) });
    }
    if (id === undefined || !/^[1-9][0-9]*$/.test(id)) return send(res, 400, {});
    if (!pets.has(id)) return send(res, 404, {});
    if (req.method === 'DELETE') return (pets.delete(id), send(res, 204));
    return send(res, 200, { id: Number(id) });
  };
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res));
  });
}

const pets = new Set<string>();
const seen: Seen[] = [];
let server: Server;
let url: string;
let dir: string;
beforeAll(async () => {
  server = petServer(pets, seen);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'destructive-'));
  writeFileSync(join(dir, 'with.json'), JSON.stringify(WITH_CREATE));
  writeFileSync(join(dir, 'without.json'), JSON.stringify(WITHOUT_CREATE));
});
beforeEach(() => {
  pets.clear();
  pets.add('1');
  seen.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type CaseEvent = Extract<ContractEvent, { type: 'case-finished' }>;

async function run(document: string) {
  const config = unwrap(
    readRunConfig({
      CONTRACT_BASE_URL: url,
      CONTRACT_SPEC: join(dir, document),
      CONTRACT_AUTH_APIKEYAUTH: KEY,
      CONTRACT_PATH_PARAMS: 'petId=1',
      CONTRACT_SEED: '11',
      CONTRACT_RUNS: '15',
    }),
  );
  const cases: CaseEvent[] = [];
  const sink = (event: ContractEvent) => (event.type === 'case-finished' ? cases.push(event) : undefined);
  const results = unwrap(await runContract(config, { baseUrl: url, sink }));
  return { results, cases, notes: results.notes.map((note) => note.message) };
}

/** Keyed DELETEs of the user's pet: what must never be sent. */
const userDeletes = () => seen.filter((s) => s.method === 'DELETE' && s.id === '1' && s.keyed);

describe('a destructive operation never ends a resource the run did not create', () => {
  it('DELETE targets pets the run created, never the configured petId=1', async () => {
    const { results, cases, notes } = await run('with.json');
    expect(results.toolErrors).toEqual([]);
    expect(pets.has('1')).toBe(true);
    expect(userDeletes()).toEqual([]);
    const positive = cases.filter((c) => c.operationId === 'deletePet' && c.phase === 'positive');
    expect(positive[0]?.status).toBe(204);
    // Reads still use the user's pet.
    expect(seen.some((s) => s.method === 'GET' && s.id === '1' && s.keyed)).toBe(true);
    expect(notes).toContain('deletePet acts on a petId this run created, never on the configured petId=1');
  });

  it('without a way to create one, only requests without credentials and unknown ids go', async () => {
    const { results, cases, notes } = await run('without.json');
    expect(results.toolErrors).toEqual([]);
    expect(pets.has('1')).toBe(true);
    expect(userDeletes()).toEqual([]);
    const deletes = cases.filter((c) => c.operationId === 'deletePet');
    expect(new Set(deletes.map((c) => c.phase))).toEqual(new Set(['auth', 'resource']));
    expect(seen.filter((s) => s.method === 'DELETE' && s.keyed).every((s) => s.id !== '1')).toBe(true);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^path parameter petId of deletePet has no resource of the run’s own to end: no operation/,
      ),
    );
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^DELETE \/pets\/\{petId\} \(deletePet\) is not sent: no petId this run created to end \(see the note on petId\); a run never ends a resource it did not create: only unknown ids and requests without credentials go$/,
      ),
    );
  });
});

describe('destroyedParam', () => {
  it('names the last path parameter of a DELETE or a destroying verb, nothing for reads and writes', async () => {
    const document = documentOf({
      '/a/{a}/keys/{keyId}': { delete: { operationId: 'del', responses: { '204': { description: 'ok' } } } },
      '/a/{a}/keys/{keyId}/revoke': {
        post: { operationId: 'rev', responses: { '204': { description: 'ok' } } },
      },
      '/keys/{keyId}:rotate': { post: { operationId: 'rot', responses: { '200': { description: 'ok' } } } },
      '/keys/{keyId}/photo': { put: { operationId: 'put', responses: { '200': { description: 'ok' } } } },
      '/cache': { delete: { operationId: 'purge', responses: { '204': { description: 'ok' } } } },
    });
    const params = (path: string) =>
      [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
    for (const [path, ops] of Object.entries(document.paths))
      for (const op of Object.values(ops as Record<string, { parameters?: unknown }>))
        op.parameters = params(path);
    const file = join(dir, 'verbs.json');
    writeFileSync(file, JSON.stringify(document));
    const compiled = unwrap(compileSpec(unwrap(await loadSpec(file))));
    const of = (id: string) => {
      const operation = compiled.operation(id);
      return operation === undefined ? 'missing' : destroyedParam(operation);
    };
    expect(of('del')).toEqual({ param: 'keyId' });
    expect(of('rev')).toEqual({ param: 'keyId' });
    expect(of('rot')).toEqual({ param: 'keyId' });
    expect(of('put')).toBeUndefined();
    expect(of('purge')).toEqual({});
  });
});
