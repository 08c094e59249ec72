/** A URL cut into what decides "the same server": scheme, host and port, and path segments. */
interface UrlParts {
  /** Undefined for an entry written without a scheme (`api.example.com`): any scheme matches. */
  scheme?: string;
  hostname: string;
  /** `''` for the scheme's default; undefined for a bare host (`api.example.com`): any port matches. */
  port?: string;
  segments: string[];
}

/** Server URLs may hold `{variables}`; they are swapped for a marker that survives URL parsing. */
const MARK = 'x0var0x';

function parts(raw: string): UrlParts | undefined {
  const marked = raw.trim().replace(/\{[^{}]*\}/g, MARK);
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(marked);
  try {
    const url = new URL(hasScheme ? marked : `https://${marked}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    const anyPort = !hasScheme && !/^[^/]*:\d+/.test(marked);
    return {
      scheme: hasScheme ? url.protocol : undefined,
      hostname: url.hostname,
      port: anyPort ? undefined : url.port,
      segments,
    };
  } catch {
    return undefined;
  }
}

/** A pattern side (the server) against a plain side (the target); markers match anything but `/`. */
function same(pattern: string, text: string): boolean {
  if (!pattern.includes(MARK)) return pattern === text;
  const escaped = pattern.split(MARK).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]*')}$`).test(text);
}

/** One path is a prefix of the other, segment by segment: `/v1` serves `/v1/keys`, and the other way. */
function prefixes(server: string[], target: string[]): boolean {
  const length = Math.min(server.length, target.length);
  for (let index = 0; index < length; index++)
    if (!same(server[index] ?? '', target[index] ?? '')) return false;
  return true;
}

/**
 * Whether `target` (the base URL under test) is the server `server` names: same scheme and port (when
 * written; a bare host matches any), same host (case and default ports ignored), and paths where one contains the other. Relative server URLs
 * (`/v1`) name no host and match nothing.
 */
export function isSameServer(target: string, server: string): boolean {
  if (server.trim().startsWith('/')) return false;
  const t = parts(target);
  const s = parts(server);
  if (t === undefined || s === undefined) return false;
  if (s.scheme !== undefined && s.scheme !== t.scheme) return false;
  if (s.port !== undefined && s.port !== t.port) return false;
  return same(s.hostname, t.hostname) && prefixes(s.segments, t.segments);
}

/** Whether a CONTRACT_PRODUCTION_URLS entry can be read as a URL or a host. */
export function isServerUrl(raw: string): boolean {
  return !raw.trim().startsWith('/') && parts(raw) !== undefined;
}
