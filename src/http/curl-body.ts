import { shellQuote } from './shell-quote.ts';

/** Bodies up to this size are inlined in the command. */
export const INLINE_BODY_LIMIT = 16 * 1024;

/** How a curl command gets its body: inline arguments, or a shell snippet piped into `--data-binary @-`. */
export interface CurlBody {
  /** Lines printed before the command (a comment). */
  before: string[];
  /** A producer piped into curl, or undefined. */
  pipe?: string;
  args: string[];
}

interface Run {
  prefix: string;
  unit: string;
  count: number;
  suffix: string;
}

/** The longest run of one repeated character (code point); undefined when it is not most of the body. */
function longestRun(text: string): Run | undefined {
  const chars = [...text];
  let best = { start: 0, length: 0 };
  for (let start = 0; start < chars.length;) {
    let end = start + 1;
    while (end < chars.length && chars[end] === chars[start]) end++;
    if (end - start > best.length) best = { start, length: end - start };
    start = end;
  }
  const unit = chars[best.start];
  const rest = chars.length - best.length;
  if (unit === undefined || unit === '\0' || rest > INLINE_BODY_LIMIT / 4) return undefined;
  const suffixStart = best.start + best.length;
  return {
    prefix: chars.slice(0, best.start).join(''),
    unit,
    count: best.length,
    suffix: chars.slice(suffixStart).join(''),
  };
}

function repeatCommand(unit: string, count: number): string {
  // head | tr works for one ASCII letter or digit; awk repeats anything else, bytes as they are.
  if (/^[A-Za-z0-9]$/.test(unit)) return `head -c ${count} </dev/zero | tr '\\0' ${unit}`;
  return `awk 'BEGIN { for (i = 0; i < ${count}; i++) printf "%s", ARGV[1] }' ${shellQuote(unit)}`;
}

function printPart(text: string): string[] {
  return text === '' ? [] : [`printf '%s' ${shellQuote(text)}`];
}

function octal(byte: number): string {
  return `\\${byte.toString(8).padStart(3, '0')}`;
}

/** Escapes for a printf format (a leading `-` too, or printf would take it for an option): `%`, `\` and control bytes (NUL cannot live in a shell word). */
function printfFormat(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    if (byte === 0x25) out += '%%';
    else if (byte === 0x5c) out += '\\\\';
    else if (byte < 0x20 || byte === 0x7f || (byte === 0x2d && out === '')) out += octal(byte);
    else out += String.fromCharCode(byte);
  }
  return shellQuote(Buffer.from(out, 'latin1').toString('utf8'));
}

/** The curl arguments (and shell around them) that send exactly `body`. */
export function curlBody(body: string): CurlBody {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes <= INLINE_BODY_LIMIT) {
    if (!body.includes('\0')) return { before: [], args: ['--data-binary', shellQuote(body)] };
    return { before: [], pipe: `printf ${printfFormat(body)}`, args: ['--data-binary', '@-'] };
  }
  const run = longestRun(body);
  if (run === undefined) {
    const note = `# body of ${bytes} bytes omitted (not a repeated pattern): save it as body.bin first`;
    return { before: [note], args: ['--data-binary', '@body.bin'] };
  }
  const parts = [...printPart(run.prefix), repeatCommand(run.unit, run.count), ...printPart(run.suffix)];
  const note = `# body of ${bytes} bytes: ${run.count} x ${JSON.stringify(run.unit)} regenerated below`;
  return { before: [note], pipe: `{ ${parts.join('; ')}; }`, args: ['--data-binary', '@-'] };
}
