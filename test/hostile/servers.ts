import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Loopback servers that each misbehave in one way (issue "Unbreakable"). Each records the head of every
 * request it received, so a test can prove where credentials went. Reusable by end-to-end tests that drive
 * the real CLI: `const server = await startHostileServer('trickle')`, then `CONTRACT_BASE_URL=server.url`.
 */
export interface HostileServer {
  name: HostileBehaviour;
  url: string;
  /** Request heads received (method, target, lower-cased headers), in arrival order. */
  received: ReceivedHead[];
  close(): Promise<void>;
}

export interface ReceivedHead {
  method: string;
  url: string;
  headers: Record<string, string>;
}

const MB = 1024 * 1024;

/** Gzip members concatenate (RFC 1952): one 16 MiB member of zeros repeated makes a bomb in milliseconds. */
function gzipBomb(inflatedBytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(16 * MB), { level: 9 });
  return Buffer.concat(Array.from({ length: Math.ceil(inflatedBytes / (16 * MB)) }, () => member));
}

let cachedGzipBomb: Buffer | undefined;
let cachedBrotliBomb: Buffer | undefined;
/** 1 GiB of zeros once inflated, about 1 MiB on the wire. */
const GZIP_BOMB = (): Buffer => (cachedGzipBomb ??= gzipBomb(1024 * MB));
/** 256 MiB of zeros once decompressed, a few hundred bytes on the wire. */
const BROTLI_BOMB = (): Buffer =>
  (cachedBrotliBomb ??= brotliCompressSync(Buffer.alloc(256 * MB), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
  }));

/** Writes `chunk` until `total` bytes are out (Infinity: forever), honouring back-pressure. */
function pump(res: ServerResponse | Socket, chunk: Buffer, total: number): void {
  let sent = 0;
  const more = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    if (sent >= total) res.end();
  };
  more();
}

/** Writes `text` again every `everyMs` until the socket closes. */
function drip(out: ServerResponse | Socket, text: string, everyMs: number): void {
  const timer = setInterval(() => out.write(text), everyMs);
  out.on('close', () => clearInterval(timer));
}

/** 64 KiB of `[1,1,1,...`: the start of a JSON array that a cut leaves unfinished. */
const JSON_ELEMENTS = Buffer.from(`[${'1,'.repeat(32 * 1024 - 1)}1`);

const deepJson = (depth: number): string => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;

type HttpBehaviour = (req: IncomingMessage, res: ServerResponse) => void;
type RawBehaviour = (socket: Socket, head: string) => void;

const json = (res: ServerResponse, status: number, body: string | Buffer): void =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(body);

/** Behaviours a node:http server can produce. */
const HTTP_BEHAVIOURS = {
  ok: (_req, res) => json(res, 200, '{"ok":true}'),
  /** One byte every 50 ms, forever: never idle long enough for an idle timeout. */
  trickle: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    drip(res, ' ', 50);
  },
  deepJson: (_req, res) => json(res, 200, deepJson(10_000)),
  gzipBomb: (_req, res) =>
    void res
      .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      .end(GZIP_BOMB()),
  brotliBomb: (_req, res) =>
    void res
      .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' })
      .end(BROTLI_BOMB()),
  hugeBody: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * MB) });
    pump(res, JSON_ELEMENTS, 50 * MB);
  },
  endlessChunked: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    pump(res, JSON_ELEMENTS, Infinity);
  },
  resetMidBody: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"partial":', () => res.destroy());
  },
  invalidUtf8: (_req, res) =>
    json(res, 200, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
  invalidJson: (_req, res) => json(res, 200, '{"a":'),
  duplicateKeys: (_req, res) => json(res, 200, '{"a":1,"a":2}'),
  status999: (_req, res) => json(res, 999, '{}'),
  /** 429 to everything, asking for a one-second wait. */
  rateLimitEverything: (_req, res) =>
    void res
      .writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' })
      .end('{"detail":"slow down"}'),
  /**
   * An error answer for paths holding `bad`, after which the keep-alive socket is dead: the next request on
   * it is destroyed unanswered. Other paths get 200.
   */
  socketDestroyedAfterError: (req, res) => {
    const socket = req.socket as Socket & { doomed?: boolean };
    if (socket.doomed === true) return void socket.destroy();
    if (!(req.url ?? '').includes('bad')) return json(res, 200, '{"ok":true}');
    json(res, 400, '{"error":"bad request"}');
    socket.doomed = true;
  },
  /** An error answer for paths holding `bad`, then the socket is destroyed at once; 200 otherwise. */
  socketClosedAfterError: (req, res) => {
    if (!(req.url ?? '').includes('bad')) return json(res, 200, '{"ok":true}');
    res.on('finish', () => req.socket.destroy());
    json(res, 400, '{"error":"bad request"}');
  },
} satisfies Record<string, HttpBehaviour>;

/** Behaviours only a raw TCP server can produce; `head` is the first request's head, already read. */
const RAW_BEHAVIOURS = {
  wrongContentLengthShort: (socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n0123456789'),
  wrongContentLengthLong: (socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\n0123456789'),
  bodyOn204: (socket) => socket.end('HTTP/1.1 204 No Content\r\ncontent-length: 5\r\n\r\nhello'),
  http10Close: (socket) => socket.end('HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n\r\n{"ok":true}'),
  neverAnswers: () => undefined,
  reset: (socket) => socket.resetAndDestroy(),
  emptyReply: (socket) => socket.end(),
  garbage: (socket) => socket.end('garbage\r\n\r\n'),
  /** Header lines without end, as fast as the socket takes them. */
  headerFlood: (socket) => {
    socket.write('HTTP/1.1 200 OK\r\n');
    pump(
      socket,
      Buffer.from('x-flood: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n'),
      Infinity,
    );
  },
  /** `102 Processing` every 10 ms, never a final status. */
  endless1xx: (socket) => drip(socket, 'HTTP/1.1 102 Processing\r\n\r\n', 10),
} satisfies Record<string, RawBehaviour>;

export type HostileBehaviour =
  keyof typeof HTTP_BEHAVIOURS | keyof typeof RAW_BEHAVIOURS | 'neverReads' | 'redirect';

export const HOSTILE_BEHAVIOURS: HostileBehaviour[] = [
  ...(Object.keys(HTTP_BEHAVIOURS) as HostileBehaviour[]),
  ...(Object.keys(RAW_BEHAVIOURS) as HostileBehaviour[]),
  'neverReads',
  'redirect',
];

function parseHead(head: string): ReceivedHead {
  const [requestLine = '', ...lines] = head.split('\r\n');
  const [method = '', url = ''] = requestLine.split(' ');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method, url, headers };
}

async function listen(server: Server | ReturnType<typeof createNetServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server | ReturnType<typeof createNetServer>, sockets: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

function track(sockets: Set<Socket>, socket: Socket): void {
  sockets.add(socket);
  socket.on('error', () => undefined);
  socket.on('close', () => sockets.delete(socket));
}

async function startHttp(name: HostileBehaviour, behaviour: HttpBehaviour): Promise<HostileServer> {
  const received: ReceivedHead[] = [];
  const sockets = new Set<Socket>();
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    const headers = Object.fromEntries(
      Object.entries(req.headersDistinct).map(([k, v]) => [k, v?.join(', ') ?? '']),
    );
    received.push({ method: req.method ?? '', url: req.url ?? '', headers });
    req.resume();
    req.on('end', () => behaviour(req, res));
  });
  server.on('connection', (socket: Socket) => track(sockets, socket));
  return { name, url: await listen(server), received, close: closer(server, sockets) };
}

/** A raw server; `onHead` runs once the first request head has arrived (unless `read` is false). */
async function startRaw(name: HostileBehaviour, onHead: RawBehaviour, read = true): Promise<HostileServer> {
  const received: ReceivedHead[] = [];
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    track(sockets, socket);
    if (!read) return void socket.pause();
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.off('data', onData);
      socket.resume();
      received.push(parseHead(buffered.slice(0, end)));
      onHead(socket, buffered.slice(0, end));
    };
    socket.on('data', onData);
  });
  return { name, url: await listen(server), received, close: closer(server, sockets) };
}

/** Redirects every request to another loopback server (a different port), which records what reaches it. */
async function startRedirect(): Promise<HostileServer> {
  const elsewhere = await startHttp('ok', HTTP_BEHAVIOURS.ok);
  const server = await startHttp(
    'redirect',
    (req, res) => void res.writeHead(307, { location: `${elsewhere.url}${req.url ?? '/'}` }).end(),
  );
  return {
    ...server,
    get received() {
      return [
        ...server.received,
        ...elsewhere.received.map((head) => ({ ...head, url: `elsewhere:${head.url}` })),
      ];
    },
    close: async () => {
      await Promise.all([server.close(), elsewhere.close()]);
    },
  };
}

/** Starts one hostile server on 127.0.0.1, port 0. */
export async function startHostileServer(name: HostileBehaviour): Promise<HostileServer> {
  if (name === 'redirect') return startRedirect();
  if (name === 'neverReads') return startRaw(name, () => undefined, false);
  if (name in HTTP_BEHAVIOURS) return startHttp(name, HTTP_BEHAVIOURS[name as keyof typeof HTTP_BEHAVIOURS]);
  return startRaw(name, RAW_BEHAVIOURS[name as keyof typeof RAW_BEHAVIOURS]);
}
