import { err, ok, type Result } from '../../core/result.ts';
import type { SafetyConfig } from './safety-config.ts';
import { productionServers } from './production-servers.ts';
import { isSameServer } from './same-server.ts';

const ESCAPE = 'pass --allow-production (CONTRACT_ALLOW_PRODUCTION=1) to run anyway';

/** The target as shown in the message: no credentials or query that a URL may carry. */
function shown(target: string): string {
  try {
    const url = new URL(target);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return target;
  }
}

/** One line, whatever the document's description holds. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 60);

/**
 * Refuses (a usage error, exit 2) to run against a production base URL unless allowed: one listed in
 * CONTRACT_PRODUCTION_URLS, or, given the document, one of its `servers` described as production.
 * Called before any request with the list alone, then again once the document is known.
 */
export function refuseProduction(
  target: string,
  config: Pick<SafetyConfig, 'allowProduction' | 'productionUrls'>,
  document?: Record<string, unknown>,
): Result<void> {
  if (config.allowProduction === true) return ok(undefined);
  const listed = (config.productionUrls ?? []).find((entry) => isSameServer(target, entry));
  if (listed !== undefined)
    return err(
      'OAC_ERR_USAGE',
      `refusing to run against production ${shown(target)} (CONTRACT_PRODUCTION_URLS lists ${oneLine(listed)}); ${ESCAPE}`,
    );
  const declared = document && productionServers(document).find((server) => isSameServer(target, server.url));
  if (declared === undefined) return ok(undefined);
  return err(
    'OAC_ERR_USAGE',
    `refusing to run against production ${shown(target)} (the document's server ${oneLine(declared.url)} is "${oneLine(declared.description)}"); ${ESCAPE}`,
  );
}
