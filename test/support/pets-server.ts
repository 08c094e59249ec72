import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentOf, json } from './openapi-parts.ts';

const pet = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'integer', minimum: 1 }, name: { type: 'string' } },
};
const error = json({ type: 'object', required: ['message'], properties: { message: { type: 'string' } } });

/** `POST /pets` creates a pet (`{id, name}`, an integer id); `GET /pets/{petId}` reads one (no link). */
export const PETS_DOCUMENT = documentOf({
  '/pets': {
    post: {
      operationId: 'createPet',
      requestBody: {
        required: true,
        ...json({
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 30 } },
        }),
      },
      responses: {
        '201': { description: 'created', ...json(pet) },
        '400': { description: 'invalid', ...error },
        '503': { description: 'cannot create now', ...error },
      },
    },
  },
  '/pets/{petId}': {
    get: {
      operationId: 'getPet',
      parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      responses: {
        '200': { description: 'the pet', ...json(pet) },
        '400': { description: 'not an id', ...error },
        '404': { description: 'no such pet', ...error },
      },
    },
  },
});

export interface PetsOptions {
  /** GET answers the id as a string (a schema violation). */
  stringIds?: boolean;
  /** POST answers 503: nothing can be created. */
  refuseCreate?: boolean;
  /** The first id given (servers started apart give different ids). */
  firstId?: number;
}

export interface PetsServer {
  url: string;
  /** Requests received, `METHOD /path`. */
  log: string[];
  close(): Promise<void>;
}

function nameOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const { name, ...rest } = body as Record<string, unknown>;
    const length = typeof name === 'string' ? Array.from(name).length : 0;
    return Object.keys(rest).length === 0 && length >= 1 && length <= 30 ? (name as string) : undefined;
  } catch {
    return undefined;
  }
}

/** A small in-memory pet store for PETS_DOCUMENT, conformant unless told otherwise. */
export async function startPetsServer(options: PetsOptions = {}): Promise<PetsServer> {
  const pets = new Map<number, string>();
  let next = options.firstId ?? 1;
  const log: string[] = [];
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push(`${req.method} ${path}`);
    if (req.method === 'POST' && path === '/pets') {
      if (options.refuseCreate === true) return send(res, 503, { message: 'read-only today' });
      const name = nameOf(text);
      if (name === undefined) return send(res, 400, { message: 'invalid pet' });
      const id = next++;
      pets.set(id, name);
      return send(res, 201, { id, name });
    }
    const match = /^\/pets\/([^/]+)$/.exec(path);
    if (req.method !== 'GET' || match === null) return send(res, 404, { message: 'no such route' });
    if (!/^[1-9]\d{0,15}$/.test(match[1] ?? '')) return send(res, 400, { message: 'not an id' });
    const id = Number(match[1]);
    const name = pets.get(id);
    if (name === undefined) return send(res, 404, { message: 'no such pet' });
    return send(res, 200, { id: options.stringIds === true ? String(id) : id, name });
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log, close };
}
