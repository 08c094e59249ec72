import { err, ok, type Result } from '../core/result.ts';
import type { LoadedSpec } from './types.ts';
import { loadSpec } from './load-spec.ts';

export interface ResolveDefaultSpecOptions {
  /** The target; the live document is looked for under it. */
  baseUrl: string;
  /** The pinned document used when the target serves none. */
  fixturePath: string;
  /** Default `/api/v0/openapi.json`, appended to the base URL (its path prefix kept). */
  livePath?: string;
  timeoutMs?: number;
}

export interface ResolvedSpec {
  spec: LoadedSpec;
  chosen: 'live' | 'fixture';
  why: string;
}

function liveUrl(baseUrl: string, livePath: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${livePath.replace(/^\/+/, '')}`;
}

/** `cannot read spec http://x/openapi.json: answered 404` -> `answered 404`: the URL is named once. */
function shortReason(message: string, url: string): string {
  const prefixes: [string, string][] = [
    [`cannot read spec ${url}: `, ''],
    [`cannot read spec ${url} `, 'cannot be read '],
    [`spec ${url}: `, 'is unusable: '],
    [`spec ${url} `, ''],
  ];
  const found = prefixes.find(([prefix]) => message.startsWith(prefix));
  return found === undefined ? message : `${found[1]}${message.slice(found[0].length)}`;
}

/**
 * The document to test against: the one the target serves, when it is a valid OpenAPI document with at
 * least one operation, otherwise the pinned fixture. `why` says which and for what reason.
 */
export async function resolveDefaultSpec(options: ResolveDefaultSpecOptions): Promise<Result<ResolvedSpec>> {
  const url = liveUrl(options.baseUrl, options.livePath ?? '/api/v0/openapi.json');
  const live = await loadSpec(url, { timeoutMs: options.timeoutMs });
  if (live.ok && live.value.operations.length > 0) {
    const count = live.value.operations.length;
    return ok({
      spec: live.value,
      chosen: 'live',
      why: `live document ${url} is valid OpenAPI ${live.value.openapiVersion} (${count} operations)`,
    });
  }
  const liveProblem = live.ok ? 'declares no operations' : shortReason(live.error.message, url);
  const fixture = await loadSpec(options.fixturePath, { timeoutMs: options.timeoutMs });
  if (!fixture.ok) {
    return err(fixture.error.code, `${fixture.error.message}; and live document ${url} ${liveProblem}`);
  }
  return ok({
    spec: fixture.value,
    chosen: 'fixture',
    why: `live document ${url} ${liveProblem}; using pinned ${options.fixturePath}`,
  });
}
