import type { Readable } from 'node:stream';
import type * as Undici from 'undici';
import { err, ok, type Result } from '../../core/result.ts';
import { MAX_SPEC_BYTES } from './limits.ts';

const ACCEPT = 'application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.5';

/** Reads at most MAX_SPEC_BYTES; the stream is always consumed or destroyed. */
async function readCapped(body: Readable): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_SPEC_BYTES) return undefined;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
  } finally {
    if (!body.destroyed && !body.readableEnded) body.destroy();
  }
}

function statusProblem(status: number, location: unknown): string {
  if (status >= 300 && status < 400) {
    const to = typeof location === 'string' ? ` to ${location}` : '';
    return `answered ${status}, a redirect${to} (redirects are not followed: give the final URL)`;
  }
  return `answered ${status}`;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/** GETs a document; a non-2xx answer (redirects included) is a read error that names the status. */
export async function readSpecUrl(url: string, timeoutMs: number): Promise<Result<string>> {
  try {
    // Loaded here, not at start-up: most documents are files, and undici alone costs ~0.1 s to load.
    // The bundled CLI (bin/build.js) gives a lazily loaded CommonJS package as its `default` only.
    const undici = (await import('undici')) as typeof Undici & { default?: typeof Undici };
    const { request } = undici.default ?? undici;
    const response = await request(url, {
      method: 'GET',
      headers: { accept: ACCEPT },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      await response.body.dump();
      return err(
        'OAC_ERR_SPEC_READ',
        `cannot read spec ${url}: ${statusProblem(response.statusCode, response.headers.location)}`,
      );
    }
    const bytes = await readCapped(response.body);
    if (bytes === undefined)
      return err('OAC_ERR_SPEC_READ', `cannot read spec ${url}: larger than ${MAX_SPEC_BYTES} bytes`);
    return ok(bytes.toString('utf8'));
  } catch (error) {
    return err('OAC_ERR_SPEC_READ', `cannot read spec ${url} (${reason(error)})`);
  }
}
