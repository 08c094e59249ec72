import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The token the notes server accepts (a Bearer scheme, case-insensitive as RFC 9110 says). */
export const NOTES_TOKEN = 'notes-token-0123456789';

interface Note {
  id: string;
  text: string;
  pinned: boolean;
}

export interface NotesServer {
  url: string;
  /** Requests it answered, by path (to tell where a run sent them). */
  paths: string[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(body));
}

const problem = (res: ServerResponse, status: number, title: string): void =>
  send(res, status, { title, status }, 'application/problem+json');

function validNote(body: unknown): body is { text: string; pinned?: boolean } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  const record = body as Record<string, unknown>;
  if (Object.keys(record).some((key) => key !== 'text' && key !== 'pinned')) return false;
  const { text, pinned } = record;
  if (typeof text !== 'string' || [...text].length < 1 || [...text].length > 200) return false;
  return pinned === undefined || typeof pinned === 'boolean';
}

function create(res: ServerResponse, req: IncomingMessage, raw: string, notes: Map<string, Note>): void {
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
    return problem(res, 415, 'unsupported media type');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return problem(res, 400, 'not JSON');
  }
  if (!validNote(body)) return problem(res, 400, 'invalid note');
  const note = { id: `n${notes.size + 1}`, text: body.text, pinned: body.pinned ?? false };
  notes.set(note.id, note);
  send(res, 201, note);
}

function list(res: ServerResponse, query: URLSearchParams, notes: Map<string, Note>): void {
  const limits = query.getAll('limit');
  if (limits.length > 1) return problem(res, 400, 'one limit');
  const limit = limits[0] === undefined ? 50 : Number(limits[0]);
  if (limits[0] !== undefined && !/^\d+$/.test(limits[0]))
    return problem(res, 400, 'limit is not an integer');
  if (limit < 1 || limit > 50) return problem(res, 400, 'limit out of range');
  send(res, 200, { items: [...notes.values()].slice(0, limit) });
}

function route(req: IncomingMessage, res: ServerResponse, raw: string, notes: Map<string, Note>): void {
  const url = new URL(req.url ?? '/', 'http://notes');
  if (
    !/^bearer [^ ]/i.test(req.headers.authorization ?? '') ||
    req.headers.authorization?.slice(7) !== NOTES_TOKEN
  )
    return problem(res, 401, 'unauthenticated');
  if (url.pathname === '/v1/notes' && req.method === 'GET') return list(res, url.searchParams, notes);
  if (url.pathname === '/v1/notes' && req.method === 'POST') return create(res, req, raw, notes);
  const one = /^\/v1\/notes\/([^/]+)$/.exec(url.pathname);
  if (one !== null && req.method === 'GET') {
    const id = decodeURIComponent(one[1] ?? '');
    if (!/^n[0-9]+$/.test(id)) return problem(res, 400, 'not a note id');
    const note = notes.get(id);
    return note === undefined ? problem(res, 404, 'no such note') : send(res, 200, note);
  }
  problem(res, 404, 'no such route');
}

/**
 * A small conformant server for fixtures/e2e/notes.openapi.yaml (OpenAPI 3.1, served under `/v1`, Bearer
 * auth, problem+json errors), written apart from this tool: a run against it must find nothing.
 */
export async function startNotesServer(): Promise<NotesServer> {
  const notes = new Map<string, Note>([['n1', { id: 'n1', text: 'first', pinned: false }]]);
  const paths: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      paths.push(new URL(req.url ?? '/', 'http://notes').pathname);
      route(req, res, Buffer.concat(chunks).toString('utf8'), notes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    paths,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
