import { randomInt } from 'node:crypto';
import { createRedactor } from '../core/redact.ts';
import { ContractError } from '../core/errors.ts';
import { err, ok, type Result } from '../core/result.ts';
import { builtinChecks } from '../check/builtin-checks.ts';
import type { RunMemory } from '../check/types.ts';
import { createHttpClient } from '../http/create-http-client.ts';
import { garbleToken } from '../http/garble-token.ts';
import { compileSpec } from '../schema/compile-spec.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { resolveDefaultSpec } from '../spec/resolve-default-spec.ts';
import { effectiveBaseUrl, type EffectiveBaseUrl } from '../spec/effective-base-url.ts';
import type { LoadedSpec } from '../spec/types.ts';
import type { CompiledSpec } from '../schema/types.ts';
import { checkReachable } from './check-reachable.ts';
import { createRecorder } from './create-recorder.ts';
import { resolveRunCredentials } from './credentials-config.ts';
import type { ContractExtension } from './extension.ts';
import { newRunId } from './run-marker/run-id.ts';
import type { RunConfig } from './run-config.ts';
import { refuseProduction } from './safety/refuse-production.ts';
import { createRunSafety } from './safety/run-safety.ts';
import type { RunSession, SpecChoice } from './types.ts';

import { PINNED_SPEC } from './pinned-spec.ts';
import { createShrinkBudget } from './shrink-budget.ts';

export { PINNED_SPEC };

async function chooseSpec(
  config: RunConfig,
  baseUrl: string,
): Promise<Result<{ spec: LoadedSpec; choice: SpecChoice }>> {
  if (config.spec !== undefined) {
    const loaded = await loadSpec(config.spec, { timeoutMs: config.timeoutMs });
    if (!loaded.ok) return loaded;
    return ok({
      spec: loaded.value,
      choice: { source: config.spec, chosen: 'given', why: 'CONTRACT_SPEC / --spec' },
    });
  }
  const resolved = await resolveDefaultSpec({
    baseUrl,
    fixturePath: PINNED_SPEC,
    timeoutMs: config.timeoutMs,
  });
  if (!resolved.ok) return resolved;
  const { spec, chosen, why } = resolved.value;
  return ok({ spec, choice: { source: spec.source, chosen, why } });
}

/** Every check of the run: the built-in ones, then each extension's, in one registry. */
function checkRegistry(extensions: readonly ContractExtension[]) {
  return [...builtinChecks, ...extensions.flatMap((extension) => extension.checks ?? [])];
}

function unknownChecks(config: RunConfig, extensions: readonly ContractExtension[]): string[] {
  const named = extensions.flatMap((extension) => extension.namedChecks ?? []);
  const names = new Set([...checkRegistry(extensions), ...named].map((check) => check.name));
  return config.disabledChecks.filter((name) => !names.has(name));
}

function uniqueNumbers(): () => bigint {
  // A random run id in the high bits keeps tags of different runs apart; the counter keeps cases apart.
  const runId = BigInt(randomInt(1, 2 ** 40));
  let counter = 0n;
  return () => runId * 2n ** 24n + counter++;
}

function memoryFor(config: RunConfig, credentialSecrets: readonly string[]): RunMemory {
  const redactor = createRedactor();
  // Every credential, in every form a request may carry it (base64 for Basic, garbled variants).
  for (const secret of credentialSecrets) redactor.add(secret, 'token');
  // The garbled token is a reversible mangling of the real one: it is as secret as the token.
  for (const token of [config.token, config.forbiddenToken]) {
    if (token === undefined || token === '') continue;
    redactor.add(token, 'token');
    redactor.add(garbleToken(token).value, 'token');
  }
  return { mintedIds: new Map(), mintedValues: new Map(), redactor, acceptedFormatValues: new Set() };
}

/**
 * Loads and compiles the spec, checks the target answers, and prepares the client (paced, budgeted, then
 * wrapped by each extension), the check registry and the run's memory.
 */
export async function openSession(
  given: RunConfig,
  baseUrl: string,
  extensions: readonly ContractExtension[] = [],
): Promise<Result<RunSession>> {
  const unknown = unknownChecks(given, extensions);
  if (unknown.length > 0) return err('OAC_ERR_USAGE', `unknown check(s) to disable: ${unknown.join(', ')}`);
  // One run id names the run's keys (their tag) and its ledger.
  const runId = given.runId ?? newRunId();
  const config: RunConfig = { ...given, runId };
  // A listed production URL is refused before any request; the document's servers once it is read.
  const listed = refuseProduction(baseUrl, config);
  if (!listed.ok) return listed;
  const reachable = await checkReachable(baseUrl, config.timeoutMs);
  if (!reachable.ok) return reachable;
  const chosen = await chooseSpec(config, baseUrl);
  if (!chosen.ok) return chosen;
  const declared = refuseProduction(baseUrl, config, chosen.value.spec.document);
  if (!declared.ok) return declared;
  const compiled = compileSpec(chosen.value.spec);
  if (!compiled.ok) return compiled;
  const target = requestBase(baseUrl, chosen.value.spec.document);
  return ok(
    sessionOver(
      { config, baseUrl: target.url, serverPath: target.appended },
      compiled.value,
      chosen.value.choice,
      extensions,
    ),
  );
}

/** Where requests go: CONTRACT_BASE_URL with the document's server path (`servers: [{url: /v1}]`) appended. */
function requestBase(baseUrl: string, document: Record<string, unknown>): EffectiveBaseUrl {
  const servers: unknown[] = Array.isArray(document['servers']) ? (document['servers'] as unknown[]) : [];
  return effectiveBaseUrl(baseUrl, servers);
}

interface SessionTarget {
  config: RunConfig;
  baseUrl: string;
  serverPath: string;
}

/** The client (paced, budgeted, watched, then wrapped by each extension that applies), registry and memory. */
function sessionOver(
  { config, baseUrl, serverPath }: SessionTarget,
  compiled: CompiledSpec,
  specChoice: SpecChoice,
  extensions: readonly ContractExtension[],
): RunSession {
  // Which schemes the run holds credentials for (CONTRACT_AUTH_*, CONTRACT_TOKEN), sent where each scheme says.
  const resolved = resolveRunCredentials(config, compiled);
  const http = createHttpClient({
    credentials: resolved.credentials,
    baseUrl,
    token: config.token,
    forbiddenToken: config.forbiddenToken,
    timeoutMs: config.timeoutMs,
    maxResponseBytes: config.maxResponseBytes,
    connections: config.concurrency,
  });
  // Paced to CONTRACT_RATE, 429-aware and held to CONTRACT_MAX_CREATES: every request of the run goes here.
  const recorder = createRecorder();
  const safety = createRunSafety(config, compiled, baseUrl, (verdict) =>
    recorder.toolError(new ContractError(verdict.code, verdict.message)),
  );
  const setup = { config, baseUrl, compiled };
  const applicable = extensions.filter(
    (extension) => extension.applies?.(compiled, config.secretFields) ?? true,
  );
  const client = applicable.reduce(
    (wrapped, extension) => extension.wrapClient?.(wrapped, setup) ?? wrapped,
    safety.guard(http),
  );
  return {
    config,
    baseUrl,
    serverPath,
    availability: resolved.availability,
    compiled,
    specChoice,
    client,
    checks: checkRegistry(applicable),
    extensions: applicable,
    checkOptions: {
      disabled: new Set(config.disabledChecks),
      secretFields: config.secretFields,
      responseTimeLimitMs: config.responseTimeLimitMs,
    },
    memory: memoryFor(config, resolved.secrets),
    nextUnique: uniqueNumbers(),
    shrinkBudget: createShrinkBudget(config.shrinkSeconds * 1000),
    recorder: safety.noted(recorder),
    close: () => client.close(),
  };
}
