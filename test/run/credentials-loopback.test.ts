import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
import { runChecks } from '../../src/check/run-checks.ts';
import type { CheckContext } from '../../src/check/types.ts';
import { createRedactor } from '../../src/core/redact.ts';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import type { CasePlan } from '../../src/generate/case-plan-types.ts';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import { toCurl } from '../../src/http/to-curl.ts';
import { readCredentialsConfig, resolveCredentials } from '../../src/run/credentials-config.ts';
import { plannedCases } from '../../src/run/planned-cases.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { startServer, type TestServer } from '../http/helpers.ts';

/** A server guarding /items with one security scheme, written for the test, answering as its document says. */
interface Guard {
  fixture: string;
  variable: string;
  placeholder: string;
  valid: string;
  forbidden: string;
  present(request: IncomingMessage): string | undefined;
}

const cookie = (request: IncomingMessage, name: string): string | undefined =>
  (request.headers.cookie ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([key]) => key === name)?.[1];

const HEADER_GUARD: Guard = {
  fixture: 'api-key-header',
  variable: 'CONTRACT_AUTH_APIKEYAUTH',
  placeholder: '$CONTRACT_AUTH_APIKEYAUTH',
  valid: 'k3y-Secret-0123456789',
  forbidden: 'k3y-ReadOnly-9876543210',
  present: (request) => request.headers['x-api-key'] as string | undefined,
};

const GUARDS: Guard[] = [
  HEADER_GUARD,
  {
    fixture: 'api-key-query',
    variable: 'CONTRACT_AUTH_QUERYKEY',
    placeholder: '$CONTRACT_AUTH_QUERYKEY',
    valid: 'q-Secret-0123456789',
    forbidden: 'q-ReadOnly-9876543210',
    present: (request) => new URL(request.url ?? '/', 'http://x').searchParams.get('api_key') ?? undefined,
  },
  {
    fixture: 'api-key-cookie',
    variable: 'CONTRACT_AUTH_COOKIEKEY',
    placeholder: '$CONTRACT_AUTH_COOKIEKEY',
    valid: 'c-Secret-0123456789',
    forbidden: 'c-ReadOnly-9876543210',
    present: (request) => cookie(request, 'session'),
  },
  {
    fixture: 'basic',
    variable: 'CONTRACT_AUTH_BASICAUTH',
    placeholder: '$CONTRACT_AUTH_BASICAUTH',
    valid: 'alice:s3cret-Passw0rd',
    forbidden: 'bob:r3adonly-Passw0rd',
    present: (request) => {
      const match = /^Basic (.*)$/.exec(request.headers.authorization ?? '');
      return match ? Buffer.from(match[1] ?? '', 'base64').toString('utf8') : undefined;
    },
  },
];

function validItem(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const keys = Object.keys(value);
    const { name } = value as { name?: unknown };
    return keys.length === 1 && typeof name === 'string' && [...name].length >= 1 && [...name].length <= 20;
  } catch {
    return false;
  }
}

/** Credentials first (401 without, 403 read-only), then the body (400, 415, 413, 400), then 200/201. */
function guarded(guard: Guard) {
  return (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const end = (status: number, json?: unknown): void => {
      if (json === undefined) response.writeHead(status).end();
      else response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    if (request.url === '/health') return end(200);
    const credential = guard.present(request);
    if (credential !== guard.valid && credential !== guard.forbidden) return end(401);
    if (credential === guard.forbidden) return end(403);
    if (request.method === 'GET') return end(200, []);
    if (body === '') return end(400);
    if (!/^application\/json/.test(request.headers['content-type'] ?? '')) return end(415);
    if (Buffer.byteLength(body) > 2048) return end(413);
    if (!validItem(body)) return end(400);
    return end(201, JSON.parse(body));
  };
}

interface RunOutcome {
  plans: CasePlan[];
  failures: string[];
  noted: string[];
  statuses: { id: string; phase: string; status: number | undefined }[];
  recorded: string[];
}

async function run(
  compiled: CompiledSpec,
  server: TestServer,
  env: Record<string, string>,
): Promise<RunOutcome> {
  const resolved = resolveCredentials(
    { credentials: readCredentialsConfig(env) },
    compiled.operations.map((operation) => operation.operation),
  );
  const redactor = createRedactor();
  for (const secret of resolved.secrets) redactor.add(secret, 'credential');
  const client = createHttpClient({
    baseUrl: server.url,
    token: 'not-a-bearer-document',
    credentials: resolved.credentials,
    timeoutMs: 5000,
    maxResponseBytes: 65536,
  });
  const outcome: RunOutcome = { plans: [], failures: [], noted: [], statuses: [], recorded: [] };
  const memory = { mintedIds: new Map(), mintedValues: new Map(), redactor };
  try {
    for (const operation of compiled.operations) {
      const options = {
        fixedPathParams: {},
        seed: 7,
        largeBodyBytes: 4096,
        credentials: resolved.availability,
      };
      const plan = buildCasePlan(operation, options);
      outcome.plans.push(plan);
      const ctx: CheckContext = {
        operation,
        options: { disabled: new Set(), secretFields: ['value'] },
        memory,
      };
      for (const requestCase of plannedCases(plan, { seed: 7, runs: 10 }).cases) {
        const exchange = await client.send(requestCase);
        outcome.statuses.push({
          id: requestCase.id,
          phase: requestCase.phase,
          status: exchange.response?.status,
        });
        outcome.recorded.push(JSON.stringify(exchange.request) + toCurl(exchange.request));
        for (const result of runChecks(builtinChecks, ctx, exchange).results) {
          if (result.outcome.status === 'failed')
            outcome.failures.push(`${result.check}: ${result.outcome.message}`);
          if (result.outcome.status === 'noted')
            outcome.noted.push(`${result.check}: ${result.outcome.message}`);
        }
      }
    }
  } finally {
    await client.close();
  }
  return outcome;
}

describe.each(GUARDS)('a server guarded by $fixture', (guard) => {
  let server: TestServer;
  let compiled: CompiledSpec;

  beforeAll(async () => {
    const path = fileURLToPath(new URL(`../../fixtures/auth/${guard.fixture}.openapi.yaml`, import.meta.url));
    compiled = unwrap(compileSpec(unwrap(await loadSpec(path))));
    server = await startServer(guarded(guard));
  });
  afterAll(() => server.close());

  it('with its credential set: valid requests get 2xx, auth cases 401 (403 read-only), no finding', async () => {
    const env = { [guard.variable]: guard.valid, [`${guard.variable}_FORBIDDEN`]: guard.forbidden };
    const outcome = await run(compiled, server, env);
    expect(outcome.failures).toEqual([]);
    expect(outcome.plans.flatMap((plan) => plan.unsatisfied)).toEqual([]);
    const positive = outcome.statuses.filter((entry) => entry.phase === 'positive');
    expect(positive.length).toBeGreaterThan(0);
    expect(positive.every((entry) => entry.status === 200 || entry.status === 201)).toBe(true);
    const auth = outcome.statuses.filter((entry) => entry.phase === 'auth').map((entry) => entry.status);
    expect(auth).toContain(401);
    expect(auth).toContain(403);
    expect(auth.every((status) => status === 401 || status === 403)).toBe(true);
    for (const text of outcome.recorded) {
      expect(text).not.toContain(guard.valid);
      expect(text).not.toContain(guard.forbidden);
      expect(text).not.toContain(Buffer.from(guard.valid).toString('base64'));
    }
    expect(outcome.recorded.some((text) => text.includes(guard.placeholder))).toBe(true);
  });

  it('without it: names the scheme as unsatisfied, and 401 to valid or invalid data is noted, not failed', async () => {
    const outcome = await run(compiled, server, {});
    expect(outcome.failures).toEqual([]);
    const unsatisfied = outcome.plans.flatMap((plan) => plan.unsatisfied);
    expect(unsatisfied.length).toBe(2);
    for (const entry of unsatisfied) expect(entry.why).toContain(guard.variable);
    expect(outcome.plans.find((plan) => plan.operationId === 'createItem')?.notes.join('\n')).toContain(
      'not satisfied',
    );
    expect(outcome.noted.some((line) => line.startsWith('positive_data_acceptance: 401'))).toBe(true);
    expect(outcome.noted.some((line) => line.startsWith('negative_data_rejection: 401'))).toBe(true);
    // What needs no credential is still tested: a request without any is refused.
    const auth = outcome.statuses.filter((entry) => entry.phase === 'auth');
    expect(auth.length).toBeGreaterThan(0);
    expect(auth.every((entry) => entry.status === 401)).toBe(true);
  });
});

describe('a server that never checks its apiKey', () => {
  it('fails authentication_enforced for each fault, naming the scheme', async () => {
    const path = fileURLToPath(new URL('../../fixtures/auth/api-key-header.openapi.yaml', import.meta.url));
    const compiled = unwrap(compileSpec(unwrap(await loadSpec(path))));
    const open = guarded({ ...HEADER_GUARD, present: () => HEADER_GUARD.valid });
    const server = await startServer(open);
    try {
      const outcome = await run(compiled, server, { CONTRACT_AUTH_APIKEYAUTH: HEADER_GUARD.valid });
      const failures = outcome.failures.filter((line) => line.startsWith('authentication_enforced'));
      expect(failures.length).toBeGreaterThan(0);
      expect(
        failures.filter((line) => line.includes('for security scheme ApiKeyAuth')).length,
      ).toBeGreaterThan(0);
      expect(outcome.failures.join('\n')).not.toContain(HEADER_GUARD.valid);
    } finally {
      await server.close();
    }
  });
});
