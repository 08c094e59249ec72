/**
 * Every secret the run knows (tokens, minted one-time values) is replaced before any text leaves the
 * process: console, reports, replay files, curl commands, error messages. Secrets are matched as they are,
 * JSON-escaped and percent-encoded, so a secret inside a JSON string or a URL is caught too.
 */
export interface Redactor {
  /** Registers a secret; values shorter than 4 characters are ignored (they would redact ordinary text). */
  add(secret: string, label?: string): void;
  redact(text: string): string;
  /** Redacts every string inside a JSON value (keys included), returning a copy. */
  redactValue<T>(value: T): T;
  readonly size: number;
}

const MIN_SECRET_LENGTH = 4;

function variants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const encoded = encodeURIComponent(secret);
  return [...new Set([secret, json, encoded])];
}

function walk(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, redact));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), walk(item, redact)]));
}

export function createRedactor(): Redactor {
  const replacements = new Map<string, string>();
  let sorted: [string, string][] = [];
  const redact = (text: string): string => {
    let out = text;
    for (const [secret, mask] of sorted) if (out.includes(secret)) out = out.split(secret).join(mask);
    return out;
  };
  // Structural, not via JSON text: a hostile "secret" such as `"},{` must not corrupt the value.
  const redactValue = <T>(value: T): T => walk(value, redact) as T;
  return {
    add(secret, label = 'secret') {
      if (secret.length < MIN_SECRET_LENGTH) return;
      for (const variant of variants(secret)) replacements.set(variant, `[REDACTED ${label}]`);
      // Longest first, so a secret that contains another is replaced whole.
      sorted = [...replacements].sort((a, b) => b[0].length - a[0].length);
    },
    redact,
    redactValue,
    get size() {
      return replacements.size;
    },
  };
}
