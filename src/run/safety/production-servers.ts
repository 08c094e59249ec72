/** A server the document itself calls production. */
export interface ProductionServer {
  url: string;
  description: string;
}

const PRODUCTION = /\bprod(uction)?\b/i;

function serversIn(node: unknown): ProductionServer[] {
  const servers =
    typeof node === 'object' && node !== null ? (node as { servers?: unknown }).servers : undefined;
  if (!Array.isArray(servers)) return [];
  return servers.flatMap((server: unknown) => {
    const { url, description } = (server ?? {}) as { url?: unknown; description?: unknown };
    if (typeof url !== 'string' || typeof description !== 'string' || !PRODUCTION.test(description))
      return [];
    return [{ url, description }];
  });
}

/**
 * The `servers` entries whose description says production (`Production`, `prod`): at the root, on a path
 * item or on an operation, as OpenAPI allows all three.
 */
export function productionServers(document: Record<string, unknown>): ProductionServer[] {
  const found = serversIn(document);
  const paths = document.paths;
  if (typeof paths !== 'object' || paths === null) return found;
  for (const item of Object.values(paths as Record<string, unknown>)) {
    found.push(...serversIn(item));
    if (typeof item === 'object' && item !== null)
      for (const op of Object.values(item as Record<string, unknown>)) found.push(...serversIn(op));
  }
  return found;
}
