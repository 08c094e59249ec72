import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import type { Transform } from 'node:stream';
import { readCappedBody, type CappedBody } from './read-capped-body.ts';

export interface DecodedBody extends CappedBody {
  /** Why the body could not be decoded (it is then kept as received), or undefined. */
  decodeError?: string;
}

/** A zlib header (RFC 1950) starts with a CMF byte of method 8 and a check sum; anything else is raw deflate. */
function isZlibWrapped(bytes: Buffer): boolean {
  const [cmf, flg] = bytes;
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

function decoderFor(coding: string, bytes: Buffer): Transform | undefined {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'deflate') return isZlibWrapped(bytes) ? createInflate() : createInflateRaw();
  if (coding === 'br') return createBrotliDecompress();
  return undefined;
}

/** One decoding step, reading at most `maxBytes` of output: a bomb stops inflating at the cap. */
async function decodeOnce(bytes: Buffer, decoder: Transform, maxBytes: number): Promise<DecodedBody> {
  let failure: string | undefined;
  decoder.on('error', (error: Error) => (failure ??= error.message));
  decoder.end(bytes);
  const out = await readCappedBody(decoder, maxBytes).catch((error: unknown) => {
    failure ??= error instanceof Error ? error.message : String(error);
    return { bytes: Buffer.alloc(0), truncated: false };
  });
  return failure === undefined || out.truncated ? out : { ...out, decodeError: failure };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Decoders run one at a time, whatever the number of connections: a brotli stream may ask for a 16 MiB
 * window, and decoding is bound by the CPU anyway.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Undoes `Content-Encoding` (gzip, deflate, br, in reverse order of application) on a body already cut to
 * `maxBytes`, keeping at most `maxBytes` of decoded output. An unknown coding or a broken stream leaves the
 * body as received, with `decodeError` saying why; `truncated` stays set when the input was cut.
 */
export async function decodeBody(
  body: CappedBody,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<DecodedBody> {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let current: DecodedBody = body;
  for (const coding of codings.reverse()) {
    if (current.bytes.length === 0) break;
    const decoder = decoderFor(coding, current.bytes);
    if (decoder === undefined) return { ...body, decodeError: `unsupported content-encoding ${coding}` };
    const input = current.bytes;
    const next = await oneAtATime(() => decodeOnce(input, decoder, maxBytes));
    // A body cut on the wire ends mid-stream: what was decoded is kept, marked truncated.
    if (next.decodeError !== undefined && !current.truncated)
      return { ...body, decodeError: next.decodeError };
    current = { bytes: next.bytes, truncated: current.truncated || next.truncated };
  }
  return current;
}
