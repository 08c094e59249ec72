import type { RequestCase } from '../generate/types.ts';
import { percentEncode } from '../core/percent-encode.ts';
import { pathTemplate } from '../spec/path-template.ts';

/**
 * Query in form style, arrays exploded: `?tag=a&tag=b`. A template that already holds a query (pairs the
 * generator encoded itself because their style writes delimiters, `ids=1,2`) is continued with `&`.
 */
function encodeQuery(query: Record<string, string | string[]>, path: string): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value])
      pairs.push(`${percentEncode(name)}=${percentEncode(item)}`);
  }
  if (pairs.length === 0) return '';
  return `${path.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}

/**
 * The absolute URL of a case: base URL (its path kept as a prefix), the path template with encoded values,
 * the query. Built as a string on purpose: `new URL()` would normalise dot segments away. The template may
 * hold values already encoded by their style (`/a/;id=1,2`, `/a?ids=1,2`): they are sent as they are.
 */
export function buildTarget(baseUrl: string, requestCase: RequestCase): string {
  const base = baseUrl.replace(/\/+$/, '');
  const path = pathTemplate.expand(requestCase.pathTemplate, requestCase.pathParams);
  return `${base}${path.startsWith('/') ? '' : '/'}${path}${encodeQuery(requestCase.query, path)}`;
}
