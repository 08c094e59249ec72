import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import { createdResourcesExtension } from '../../../src/extensions/created-resources/created-resources-extension.ts';
import type { ContractEvent } from '../../../src/run/events.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { runContract } from '../../../src/run/run-contract.ts';
import { documentOf, json, nameBody } from '../../support/openapi-parts.ts';

const pet = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string' } },
};
const petId = { name: 'petId', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } };
const DOCUMENT = documentOf({
  '/pets': {
    post: {
      operationId: 'createPet',
      requestBody: nameBody(20),
      responses: { '201': { description: 'created', ...json(pet) }, '400': { description: 'invalid' } },
    },
  },
  '/pets/{petId}': {
    parameters: [petId],
    get: {
      operationId: 'getPet',
      responses: {
        '200': { description: 'the pet', ...json(pet) },
        '400': { description: 'invalid' },
        '404': { description: 'none' },
      },
    },
    delete: {
      operationId: 'deletePet',
      responses: {
        '204': { description: 'deleted' },
        '400': { description: 'invalid' },
        '404': { description: 'none' },
      },
    },
  },
});

/** A conformant store whose ids are int64 past 2^53, written exactly (as JSON integers). */
function bigIdServer(pets: Map<string, string>): Server {
  let next = 9007199254740993n;
  const send = (res: ServerResponse, status: number, text?: string) => {
    res.writeHead(status, text === undefined ? {} : { 'content-type': 'application/json' });
    res.end(text);
  };
  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const [, collection, id] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    if (collection !== 'pets') return send(res, 404, '{}');
    if (id === undefined && req.method === 'POST') {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return send(res, 400, '{}');
      }
      const typed = (req.headers['content-type'] ?? '').startsWith('application/json');
      const { name, ...rest } = typeof body === 'object' && body !== null ? body : {};
      if (!typed || Object.keys(rest).length > 0) return send(res, 400, '{}');
      const length = typeof name === 'string' ? [...name].length : 0;
      if (length < 1 || length > 20) return send(res, 400, '{}');
      const created = String(next++);
      pets.set(created, name as string);
      return send(res, 201, `{"id":${created},"name":${JSON.stringify(name)}}`);
    }
    if (
      id === undefined ||
      !/^-?[0-9]+$/.test(id) ||
      BigInt(id) > 2n ** 63n - 1n ||
      BigInt(id) < -(2n ** 63n)
    )
      return send(res, 400, '{}');
    const name = pets.get(String(BigInt(id)));
    if (name === undefined) return send(res, 404, '{}');
    if (req.method === 'DELETE') return (pets.delete(id), send(res, 204));
    return send(res, 200, `{"id":${id},"name":${JSON.stringify(name)}}`);
  };
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
}

const pets = new Map<string, string>();
let server: Server;
let url: string;
let dir: string;
beforeAll(async () => {
  server = bigIdServer(pets);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'big-ids-'));
  writeFileSync(join(dir, 'pets.json'), JSON.stringify(DOCUMENT));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type CaseEvent = Extract<ContractEvent, { type: 'case-finished' }>;

describe('int64 ids past 2^53', () => {
  it('later requests and the clean-up use the exact digits the server gave', async () => {
    const config = unwrap(
      readRunConfig({
        CONTRACT_BASE_URL: url,
        CONTRACT_SPEC: join(dir, 'pets.json'),
        CONTRACT_TOKEN: 'unused-token-for-a-document-without-security',
        CONTRACT_SEED: '5',
        CONTRACT_RUNS: '10',
      }),
    );
    const cases: CaseEvent[] = [];
    const sink = (event: ContractEvent) => (event.type === 'case-finished' ? cases.push(event) : undefined);
    const results = unwrap(
      await runContract(config, { baseUrl: url, sink, extensions: [createdResourcesExtension()] }),
    );
    expect(results.toolErrors).toEqual([]);
    expect(results.findings.map((group) => `${group.check}: ${group.example.message}`)).toEqual([]);
    const gets = cases.filter((c) => c.operationId === 'getPet' && c.phase === 'positive');
    expect(gets.length).toBeGreaterThan(0);
    expect(new Set(gets.map((c) => c.status))).toEqual(new Set([200]));
    expect(cases.find((c) => c.operationId === 'deletePet' && c.phase === 'positive')?.status).toBe(204);
    // The clean-up deleted every pet the run created, by its exact id.
    expect([...pets.keys()]).toEqual([]);
  });
});
