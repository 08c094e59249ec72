import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../core/result.ts';
import type { OperationTiming } from '../../run/operation-timings.ts';
import { findingFingerprint } from '../finding-fingerprint.ts';
import type { ComparableFinding, RunSnapshot } from './types.ts';

const MAX_DEPTH = 3;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `*.results.json` (they carry timings) below `dir`, else `report.json` files: never both (counted twice). */
function filesIn(dir: string, depth = 0): { results: string[]; reports: string[] } {
  const found = { results: [] as string[], reports: [] as string[] };
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) {
      const below = filesIn(path, depth + 1);
      found.results.push(...below.results);
      found.reports.push(...below.reports);
    } else if (entry.name.endsWith('.results.json')) found.results.push(path);
    else if (entry.name === 'report.json') found.reports.push(path);
  }
  return found;
}

function toFinding(raw: Json): ComparableFinding | undefined {
  const { operationId, check, groupKey, status, severity, count, message } = raw;
  if (typeof operationId !== 'string' || typeof check !== 'string' || typeof groupKey !== 'string')
    return undefined;
  const code = typeof status === 'number' ? status : undefined;
  const example = isObject(raw.example) ? raw.example : {};
  return {
    fingerprint: findingFingerprint({ operationId, check, groupKey, status: code }),
    operationId,
    check,
    severity: typeof severity === 'string' ? severity : 'unknown',
    groupKey,
    ...(code === undefined ? {} : { status: code }),
    count: typeof count === 'number' ? count : 1,
    message:
      typeof message === 'string'
        ? message
        : typeof example.message === 'string'
          ? example.message
          : undefined,
  };
}

/** Several files timing one operation (shards): counts add up, percentiles are count-weighted (approximate). */
function mergeTiming(a: OperationTiming, b: OperationTiming): OperationTiming {
  const count = a.count + b.count;
  const weigh = (x: number, y: number): number =>
    Math.round(((x * a.count + y * b.count) / Math.max(1, count)) * 10) / 10;
  return {
    count,
    p50Ms: weigh(a.p50Ms, b.p50Ms),
    p95Ms: weigh(a.p95Ms, b.p95Ms),
    meanMs: weigh(a.meanMs, b.meanMs),
    maxMs: Math.max(a.maxMs, b.maxMs),
  };
}

function isTiming(value: unknown): value is OperationTiming {
  return (
    isObject(value) &&
    ['count', 'p50Ms', 'p95Ms', 'meanMs', 'maxMs'].every((key) => typeof value[key] === 'number')
  );
}

function addFile(snapshot: RunSnapshot, path: string, data: unknown): Result<RunSnapshot> {
  if (!isObject(data) || !Array.isArray(data.findings))
    return err(
      'OAC_ERR_USAGE',
      `${path} is not a results or report file of contract run (no "findings" list)`,
    );
  for (const raw of data.findings) {
    const finding = isObject(raw) ? toFinding(raw) : undefined;
    if (finding === undefined)
      return err('OAC_ERR_USAGE', `${path}: a finding lacks operationId, check or groupKey`);
    snapshot.findings.push(finding);
  }
  for (const [operationId, timing] of Object.entries(isObject(data.timings) ? data.timings : {})) {
    if (!isTiming(timing)) continue;
    const known = snapshot.timings[operationId];
    snapshot.timings[operationId] = known === undefined ? timing : mergeTiming(known, timing);
  }
  const startedAt = typeof data.startedAt === 'string' ? data.startedAt : undefined;
  if (startedAt !== undefined && (snapshot.startedAt === undefined || startedAt < snapshot.startedAt))
    snapshot.startedAt = startedAt;
  snapshot.sources.push(path);
  return ok(snapshot);
}

/**
 * One run's findings and timings from a results file, a `report.json`, or a report directory (searched
 * three levels deep, so a directory of shard reports is one run). Unreadable input is a usage error.
 */
export function readRunSnapshot(path: string): Result<RunSnapshot> {
  try {
    const { results, reports } = statSync(path).isDirectory()
      ? filesIn(path)
      : { results: [path], reports: [] };
    const files = results.length > 0 ? results : reports;
    if (files.length === 0) return err('OAC_ERR_USAGE', `${path} holds no *.results.json or report.json`);
    let snapshot: RunSnapshot = { sources: [], findings: [], timings: {} };
    for (const file of files) {
      const added = addFile(snapshot, file, JSON.parse(readFileSync(file, 'utf8')) as unknown);
      if (!added.ok) return added;
      snapshot = added.value;
    }
    return ok(snapshot);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return err('OAC_ERR_USAGE', `cannot read run results ${path}: ${reason}`);
  }
}
