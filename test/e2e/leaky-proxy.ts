import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

/** What the proxy planted, for searching outputs afterwards. */
export interface LeakyProxy {
  url: string;
  /** Every secret the proxy made up (recovery codes). */
  planted: string[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined && !HOP_BY_HOP.has(name))
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A careless gateway in front of the mock: it adds a one-time `recoveryCode` (a configured secret field) to
 * every created key, echoes the caller's Authorization header into error bodies, and puts the last minted
 * value and recovery code in the headers of every error answer. Every one of those must be redacted.
 */
export async function startLeakyProxy(upstream: string, secretField: string): Promise<LeakyProxy> {
  const planted: string[] = [];
  let last: { value?: string; code?: string } = {};
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const answer = await request(`${upstream}${req.url ?? '/'}`, {
      method: req.method as 'POST',
      headers: forwardedHeaders(req),
      body: body.length > 0 || req.headers['content-length'] !== undefined ? body : undefined,
    });
    let text = await answer.body.text();
    const headers: Record<string, string> = {
      'content-type': String(answer.headers['content-type'] ?? 'application/json'),
    };
    const created = req.method === 'POST' && answer.statusCode >= 200 && answer.statusCode < 300;
    if (created && text.includes('"value"')) {
      const parsed = JSON.parse(text) as { apiKey?: Record<string, unknown> };
      const code = `rc_${randomBytes(18).toString('base64url')}`;
      planted.push(code);
      if (parsed.apiKey !== undefined) {
        parsed.apiKey[secretField] = code;
        last = { value: String(parsed.apiKey.value), code };
      }
      text = JSON.stringify(parsed);
    } else if (answer.statusCode >= 400) {
      if (last.value !== undefined) headers['x-debug-last-key'] = last.value;
      if (last.code !== undefined) headers['x-debug-recovery'] = last.code;
      const auth = req.headers.authorization;
      if (auth !== undefined && text.startsWith('{'))
        text = JSON.stringify({ ...(JSON.parse(text) as object), received: auth });
    }
    res.writeHead(answer.statusCode, headers).end(text);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    planted,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
