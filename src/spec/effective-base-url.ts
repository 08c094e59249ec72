import { isRecord } from './_internals/is-record.ts';

export interface EffectiveBaseUrl {
  /** Where requests go: CONTRACT_BASE_URL with the server path applied, without a trailing `/`. */
  url: string;
  /** The server path appended to CONTRACT_BASE_URL (`/v1`), or '' when none was. */
  appended: string;
}

/** `{name}` replaced by the variable's default (else its first enum value, else nothing). */
function substitute(url: string, variables: unknown): string {
  return url.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    const variable = isRecord(variables) ? variables[name] : undefined;
    if (!isRecord(variable)) return '';
    if (typeof variable.default === 'string') return variable.default;
    return Array.isArray(variable.enum) && typeof variable.enum[0] === 'string' ? variable.enum[0] : '';
  });
}

/** The path of a server URL: an absolute (or scheme-relative `//host/v1`) URL's path, or a relative one (`/v1`, `./v1`, `v1`) as a path. */
function pathOf(url: string): string {
  let path = url;
  if (/^([a-z][a-z\d+.-]*:)?\/\//i.test(url)) {
    try {
      path = new URL(url, 'http://host.invalid').pathname;
    } catch {
      return '';
    }
  }
  path = path.replace(/[?#].*$/, '').replace(/^(\.{1,2}\/)+/, '');
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}

function pathnameOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** The first Server Object's path, variables substituted. */
function serverPath(servers: readonly unknown[]): string {
  const [first] = servers;
  if (!isRecord(first) || typeof first.url !== 'string') return '';
  return pathOf(substitute(first.url, first.variables));
}

/**
 * The base URL requests go to, from CONTRACT_BASE_URL and the Server Objects that apply (see serversOf):
 * the server's path (`/v1` of `https://api.example.com/v1`, or a relative `/v1`, `./v1`), variables taken at
 * their defaults, is appended to CONTRACT_BASE_URL unless that already ends with it. The host of an absolute
 * server URL is never used: requests go only to CONTRACT_BASE_URL. The first server is the one applied.
 */
export function effectiveBaseUrl(baseUrl: string, servers: readonly unknown[]): EffectiveBaseUrl {
  const base = baseUrl.replace(/\/+$/, '');
  const path = serverPath(servers);
  const basePath = pathnameOf(base);
  if (path === '' || basePath.endsWith(path)) return { url: base, appended: '' };
  return { url: `${base}${path}`, appended: path };
}
