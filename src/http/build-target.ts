import type { RequestCase } from '../generate/types.ts';
import { percentEncode } from './percent-encode.ts';

// `.` and `..` alone would be dot segments that clients, proxies and routers collapse.
function encodePathValue(value: string): string {
  const encoded = percentEncode(value);
  return value === '.' || value === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}

function expandPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : encodePathValue(value);
  });
}

/** Query in form style, arrays exploded: `?tag=a&tag=b`. */
function encodeQuery(query: Record<string, string | string[]>): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value])
      pairs.push(`${percentEncode(name)}=${percentEncode(item)}`);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/**
 * The absolute URL of a case: base URL (its path kept as a prefix), the path template with encoded values,
 * the query. Built as a string on purpose: `new URL()` would normalise dot segments away.
 */
export function buildTarget(baseUrl: string, requestCase: RequestCase): string {
  const base = baseUrl.replace(/\/+$/, '');
  const path = expandPath(requestCase.pathTemplate, requestCase.pathParams);
  return `${base}${path.startsWith('/') ? '' : '/'}${path}${encodeQuery(requestCase.query)}`;
}
