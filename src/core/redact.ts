import { unescapedView } from './json-unescaped-view.ts';
import { percentEncode } from './percent-encode.ts';

/**
 * Every secret the run knows (tokens, minted one-time values) is replaced before any text leaves the
 * process: console, reports, replay files, curl commands, error messages. Secrets are matched as they are,
 * JSON-escaped and percent-encoded, so a secret inside a JSON string or a URL is caught too.
 */
export interface Redactor {
  /** Registers a secret; values shorter than 4 characters are ignored (they would redact ordinary text). */
  add(secret: string, label?: string): void;
  /**
   * The text with every secret masked. With `limit`, scanning stops once that many characters of output are
   * settled (the rest is dropped): for a caller that keeps only the start, so a 1 MiB body costs an excerpt.
   */
  redact(text: string, limit?: number): string;
  /** The registered secrets (as registered, with their labels) that occur in a text, in any of their forms. */
  find(text: string): { secret: string; label: string }[];
  /** Redacts every string inside a JSON value (keys included), returning a copy. */
  redactValue<T>(value: T): T;
  readonly size: number;
}

const PREFIX = 4;

interface Entry {
  /** The form searched for: the secret as is, JSON-escaped or percent-encoded. */
  secret: string;
  mask: string;
  original: string;
  label: string;
}

/**
 * As encodeURIComponent writes it (a server or proxy echoing a URL); it throws on a lone surrogate, and such
 * a secret cannot appear so encoded anyway.
 */
function uriComponentEncoded(secret: string): string {
  try {
    return encodeURIComponent(secret);
  } catch {
    return secret;
  }
}

/**
 * Also as the http layer sends it (`!'()*` encoded too), so an echoed query or path value is caught. Any other
 * JSON escaping (`\/`, `\u002B`...) is caught by matching the text's decoded view (replaceEscaped).
 */
function variants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [...new Set([secret, json, uriComponentEncoded(secret), percentEncode(secret)])];
}

function walk(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, redact));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), walk(item, redact)]));
}

interface Index {
  byPrefix: Map<string, Entry[]>;
  /** First two UTF-16 units of every secret, as one integer: a cheap test before any substring is made. */
  starts: Set<number>;
}

const startOf = (text: string, index: number): number =>
  (text.charCodeAt(index) << 16) | text.charCodeAt(index + 1);

/** The longest secret that starts at `index`, if any. */
function matchAt(text: string, index: number, { byPrefix, starts }: Index): Entry | undefined {
  if (!starts.has(startOf(text, index))) return undefined;
  const bucket = byPrefix.get(text.slice(index, index + PREFIX));
  return bucket?.find((entry) => text.startsWith(entry.secret, index));
}

/**
 * One left-to-right pass, looking secrets up by their first characters: linear in the text whatever the
 * number of secrets (a run mints thousands), and the longest secret at a position wins.
 */
function scan(
  text: string,
  index: Index,
  onMatch: (entry: Entry, at: number) => void,
  settled: (at: number) => boolean = () => false,
): void {
  let at = 0;
  while (at <= text.length - PREFIX && !settled(at)) {
    const entry = matchAt(text, at, index);
    if (entry === undefined) {
      at += 1;
      continue;
    }
    onMatch(entry, at);
    at += entry.secret.length;
  }
}

/** Output before `at` is final once `at` is passed: no later match starts earlier. */
function replaceAll(text: string, index: Index, limit = Infinity): string {
  let out = '';
  let copiedUpTo = 0;
  let stoppedAt = text.length;
  const settled = (at: number): boolean => {
    if (out.length + (at - copiedUpTo) < limit) return false;
    stoppedAt = at;
    return true;
  };
  scan(
    text,
    index,
    (entry, at) => {
      out += text.slice(copiedUpTo, at) + entry.mask;
      copiedUpTo = at + entry.secret.length;
    },
    settled,
  );
  return `${out}${text.slice(copiedUpTo, stoppedAt)}`;
}

/** An escape (`\\u002f`, `\\/`) is at most 6 characters for one UTF-16 unit. */
const ESCAPE_WIDTH = 6;

/**
 * Masks the secrets the text holds in escaped form (whatever legal JSON escapes its writer chose), found in
 * its decoded view and masked where they stand in the original.
 */
function replaceEscaped(text: string, index: Index): string {
  const view = unescapedView(text);
  if (view === undefined) return text;
  let out = '';
  let copiedUpTo = 0;
  scan(view.text, index, (entry, at) => {
    const start = view.from[at] ?? text.length;
    out += text.slice(copiedUpTo, Math.max(copiedUpTo, start)) + entry.mask;
    copiedUpTo = view.from[at + entry.secret.length] ?? text.length;
  });
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

function findAll(text: string, index: Index): { secret: string; label: string }[] {
  const found = new Map<string, string>();
  const view = unescapedView(text);
  for (const form of view === undefined ? [text] : [text, view.text])
    scan(form, index, (entry) => void found.set(entry.original, entry.label));
  return [...found].map(([secret, label]) => ({ secret, label }));
}

export function createRedactor(): Redactor {
  const index: Index = { byPrefix: new Map(), starts: new Set() };
  const { byPrefix, starts } = index;
  const known = new Set<string>();
  let longest = 0;
  // With a limit only the start is kept: escapes are decoded as far as it can reach, not through a 1 MiB body.
  // Each output character stands for at most ESCAPE_WIDTH input characters, or a mask for a whole secret.
  const head = (text: string, limit: number): string =>
    limit === Infinity ? text : text.slice(0, (limit + longest) * ESCAPE_WIDTH * Math.max(1, longest));
  const redact = (text: string, limit = Infinity): string =>
    known.size === 0 ? text : replaceAll(replaceEscaped(head(text, limit), index), index, limit);
  return {
    add(secret, label = 'secret') {
      if (secret.length < PREFIX) return;
      for (const variant of variants(secret)) {
        if (known.has(variant)) continue;
        known.add(variant);
        longest = Math.max(longest, variant.length);
        starts.add(startOf(variant, 0));
        const bucket = byPrefix.get(variant.slice(0, PREFIX)) ?? [];
        bucket.push({ secret: variant, mask: `[REDACTED ${label}]`, original: secret, label });
        bucket.sort((a, b) => b.secret.length - a.secret.length);
        byPrefix.set(variant.slice(0, PREFIX), bucket);
      }
    },
    redact,
    find: (text) => (known.size === 0 ? [] : findAll(text, index)),
    // Structural, not via JSON text: a hostile "secret" such as `"},{` must not corrupt the value.
    redactValue: <T>(value: T): T => walk(value, redact) as T,
    get size() {
      return known.size;
    },
  };
}
