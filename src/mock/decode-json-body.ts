import { mediaTypeMatches } from '../core/media-type.ts';
import type { FaultName } from './faults.ts';
import { problem } from './problem.ts';
import type { MockReply } from './types.ts';

export interface DecodeConfig {
  /** Media types the operation declares for its body, as declared. */
  mediaTypes: readonly string[];
  faults: ReadonlySet<FaultName>;
}

export type Decoded =
  | { ok: true; value: unknown }
  /** No body: `missing` when none was announced, `empty` when it has no bytes but whitespace. */
  | { ok: true; value: undefined; absent: 'missing' | 'empty' }
  | { ok: false; reply: MockReply };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

function rejected(detail: string, status = 400): Decoded {
  return { ok: false, reply: problem(status, detail) };
}

function contentTypeProblem(header: string | undefined, config: DecodeConfig): string | undefined {
  if (config.faults.has('any-content-type')) return undefined;
  const expected = `expected ${config.mediaTypes.join(' or ')}`;
  if (header === undefined) return `the Content-Type header is missing (${expected})`;
  if (config.mediaTypes.some((declared) => mediaTypeMatches(declared, header))) return undefined;
  return `the Content-Type ${JSON.stringify(header)} is not supported (${expected})`;
}

function parseJson(text: string, config: DecodeConfig): Decoded {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (config.faults.has('malformed-json-500')) return rejected(`unexpected error: ${reason}`, 500);
    return rejected(`the request body is not valid JSON: ${reason}`);
  }
}

/**
 * Turns the bytes of a request into a JSON value, or the 400 naming why it cannot: content type first (it says
 * how to read the bytes), then UTF-8 (RFC 8259 section 8.1), then JSON syntax.
 */
export function decodeJsonBody(
  bytes: Buffer,
  announced: boolean,
  contentType: string | undefined,
  config: DecodeConfig,
): Decoded {
  if (!announced) return { ok: true, value: undefined, absent: 'missing' };
  if (bytes.every((byte) => JSON_WHITESPACE.has(byte)))
    return { ok: true, value: undefined, absent: 'empty' };
  const typeProblem = contentTypeProblem(contentType, config);
  if (typeProblem !== undefined) return rejected(typeProblem);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return rejected('the request body is not valid UTF-8');
  }
  return parseJson(text, config);
}
