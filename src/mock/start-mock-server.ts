import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import { err, ok, type Result } from '../core/result.ts';
import { compileSpec } from '../schema/compile-spec.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { MOCK_DOCUMENT_PATH } from './defaults.ts';
import { handleRequest, type MockContext } from './handle-request.ts';
import { OPERATION_HANDLERS } from './handlers/registry.ts';
import { onClientError } from './on-client-error.ts';
import { resolveMockOptions } from './resolve-options.ts';
import { createRouteTable, type RouteTable } from './route-table.ts';
import { createMockState } from './state.ts';
import type { MockOptions, MockServer, ResolvedMockOptions } from './types.ts';

interface Prepared {
  routes: RouteTable;
  document: Record<string, unknown>;
}

/** The document is loaded and every schema compiled once, here: requests only run compiled validators. */
async function prepare(options: ResolvedMockOptions): Promise<Result<Prepared>> {
  const loaded = await loadSpec(options.specPath);
  if (!loaded.ok) return loaded;
  const compiled = compileSpec(loaded.value);
  if (!compiled.ok) return compiled;
  const routes = createRouteTable(compiled.value, OPERATION_HANDLERS, MOCK_DOCUMENT_PATH);
  return routes.ok ? ok({ routes: routes.value, document: loaded.value.document }) : routes;
}

function listen(server: Server, options: ResolvedMockOptions): Promise<Result<number>> {
  return new Promise((resolve) => {
    server.once('error', (error: Error & { code?: string }) => {
      const where = `${options.host}:${options.port}`;
      resolve(
        err(
          'OAC_ERR_MOCK_START',
          `startMockServer: cannot listen on ${where} (${error.code ?? error.message})`,
        ),
      );
    });
    server.listen(options.port, options.host, () => {
      const address = server.address();
      resolve(ok(typeof address === 'object' && address !== null ? address.port : options.port));
    });
  });
}

function closer(server: Server, controller: AbortController): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise((resolve) => {
      controller.abort();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
}

function describe(ctx: MockContext, port: number, close: () => Promise<void>): MockServer {
  const { options } = ctx;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const credentials = {
    token: options.token,
    readOnlyToken: options.readOnlyToken,
    serviceAccountId: options.serviceAccounts[0] ?? '',
    unknownServiceAccountId: options.unknownServiceAccountId,
  };
  const operations = ctx.routes.routes.flatMap(({ method, template, target }) =>
    target.kind === 'operation' ? [{ operationId: target.handler.operationId, method, path: template }] : [],
  );
  const { state, requestLog } = ctx;
  return {
    url: `http://${host}:${port}`,
    port,
    credentials,
    state,
    requestLog,
    operations,
    faults: [...options.faults],
    close,
  };
}

/** Starts the stateful in-memory mock of the document's operations on a loopback port (free one by default). */
export async function startMockServer(options: MockOptions = {}): Promise<Result<MockServer>> {
  const resolved = resolveMockOptions(options);
  if (!resolved.ok) return resolved;
  const prepared = await prepare(resolved.value);
  if (!prepared.ok) return prepared;
  const controller = new AbortController();
  // Every delayed answer in flight listens to it (latency, the slow fault): many at once is normal here.
  setMaxListeners(0, controller.signal);
  const state = createMockState(resolved.value.serviceAccounts, resolved.value.quota);
  const ctx: MockContext = {
    options: resolved.value,
    ...prepared.value,
    state,
    requestLog: [],
    signal: controller.signal,
  };
  const server = createServer((request, response) => void handleRequest(request, response, ctx));
  server.on('clientError', onClientError);
  const port = await listen(server, resolved.value);
  return port.ok ? ok(describe(ctx, port.value, closer(server, controller))) : port;
}
