import { err, ok, type Result } from '../core/result.ts';
import type { CompiledOperation, CompiledSpec } from '../schema/types.ts';
import { pathTemplate, type PathTemplate } from '../spec/path-template.ts';
import type { OperationHandler } from './handlers/types.ts';

export type RouteTarget =
  { kind: 'document' } | { kind: 'operation'; handler: OperationHandler; operation: CompiledOperation };

export interface Route {
  /** Upper case, as on the wire. */
  method: string;
  template: string;
  pattern: RegExp;
  /** The template read once: its parameter names, for the values a path gives them. */
  compiled: PathTemplate;
  target: RouteTarget;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found'; detail: string };

export interface RouteTable {
  routes: readonly Route[];
  match(method: string, path: string): RouteMatch;
}

function route(method: string, template: string, target: RouteTarget): Route {
  const compiled = pathTemplate.compile(template);
  const pattern = new RegExp(`^${compiled.source}$`);
  return { method: method.toUpperCase(), template, pattern, compiled, target };
}

/** Path parameters, percent-decoded; undefined when one is not valid percent-encoding. */
function paramsOf(found: Route, path: string): Record<string, string> | undefined {
  const match = found.pattern.exec(path);
  return match === null ? undefined : pathTemplate.values(found.compiled, match);
}

function matcher(routes: readonly Route[]): RouteTable['match'] {
  return (method, path) => {
    const onPath = routes.filter((candidate) => candidate.pattern.test(path));
    if (onPath.length === 0) return { kind: 'not-found', detail: `no operation at ${path}` };
    const found = onPath.find((candidate) => candidate.method === method);
    if (found === undefined) return { kind: 'method-not-allowed', allow: onPath.map((r) => r.method) };
    const params = paramsOf(found, path);
    if (params === undefined)
      return { kind: 'not-found', detail: `the path ${path} is not valid percent-encoding` };
    return { kind: 'found', route: found, params };
  };
}

/**
 * Routes from the document: each operation the mock has a handler for, plus the document itself (no auth).
 * Paths are matched on the raw target, then parameters decoded, so an encoded `/` stays inside its segment.
 */
export function createRouteTable(
  compiled: CompiledSpec,
  handlers: readonly OperationHandler[],
  documentPath: string,
): Result<RouteTable> {
  const routes: Route[] = [route('get', documentPath, { kind: 'document' })];
  for (const handler of handlers) {
    const operation = compiled.operation(handler.operationId);
    if (operation === undefined) continue;
    const { method, path } = operation.operation;
    routes.push(route(method, path, { kind: 'operation', handler, operation }));
  }
  if (routes.length === 1) {
    const wanted = handlers.map((h) => h.operationId).join(', ');
    return err(
      'OAC_ERR_OPERATION_NOT_FOUND',
      `startMockServer: ${compiled.spec.source} has none of ${wanted}`,
    );
  }
  return ok({ routes, match: matcher(routes) });
}
