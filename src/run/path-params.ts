import { err, ok, type Result } from '../core/result.ts';

/**
 * `CONTRACT_PATH_PARAMS=serviceAccountId=sa_1,keyId=k_1`: known-good path parameter values, by name, for
 * every operation that has a path parameter of that name. A value holding `,` or `=` is written
 * percent-encoded (`%2C`, `%3D`). Empty or unset: none.
 */
export function readPathParams(
  raw: string | undefined,
  name = 'CONTRACT_PATH_PARAMS',
): Result<Record<string, string>> {
  const params: Record<string, string> = {};
  if (raw === undefined || raw.trim() === '') return ok(params);
  for (const entry of raw.split(',')) {
    const at = entry.indexOf('=');
    const key = entry.slice(0, at).trim();
    if (at < 1 || key === '')
      return err(
        'OAC_ERR_USAGE',
        `${name} must be name=value pairs separated by commas, got "${entry.trim()}"`,
      );
    try {
      params[key] = decodeURIComponent(entry.slice(at + 1).trim());
    } catch {
      return err('OAC_ERR_USAGE', `${name}: the value of ${key} is not valid percent-encoding`);
    }
  }
  return ok(params);
}

/** The known-good path values of a run: the service account (CONTRACT_SERVICE_ACCOUNT_ID, a shorthand),
 * then CONTRACT_PATH_PARAMS, which wins. */
export function knownPathParams(config: {
  serviceAccountId: string;
  pathParams?: Record<string, string>;
}): Record<string, string> {
  return { serviceAccountId: config.serviceAccountId, ...config.pathParams };
}
