import { readFileSync, writeFileSync } from 'node:fs';
import { err, ok, type Result } from '../core/result.ts';
import { isCalendarDate } from './calendar-date.ts';
import { findingFingerprint } from './finding-fingerprint.ts';

/** One known finding. Identity is operation x check x group key x status; the rest is for people. */
export interface BaselineEntry {
  fingerprint: string;
  operationId: string;
  check: string;
  groupKey: string;
  status?: number;
  severity: string;
  /** `YYYY-MM-DD`: from the next day on, the entry fails the run. */
  expires?: string;
  note?: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

const ABOUT =
  'Known findings of `contract run --baseline`: a run fails on any other finding, on an entry that no longer occurs, and on an expired one. Update with `contract baseline update`.';

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    a.operationId.localeCompare(b.operationId) ||
    a.check.localeCompare(b.check) ||
    a.groupKey.localeCompare(b.groupKey) ||
    (a.status ?? 0) - (b.status ?? 0)
  );
}

/** Plain, sorted, pretty JSON with a fixed key order: a baseline change reads well in a pull request. */
export function formatBaseline(baseline: Baseline): string {
  const findings = [...baseline.findings].sort(compareEntries).map((entry) => ({
    fingerprint: entry.fingerprint,
    operationId: entry.operationId,
    check: entry.check,
    groupKey: entry.groupKey,
    status: entry.status,
    severity: entry.severity,
    expires: entry.expires,
    note: entry.note,
  }));
  return `${JSON.stringify({ about: ABOUT, version: 1, findings }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optional = (value: unknown, type: string): boolean => value === undefined || typeof value === type;

/** Why an entry is not a valid baseline entry, or undefined. */
function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'is not an object';
  for (const field of ['operationId', 'check', 'groupKey', 'severity'])
    if (typeof entry[field] !== 'string') return `has no string "${field}"`;
  if (!optional(entry.status, 'number') || !Number.isInteger(entry.status ?? 0))
    return 'has a "status" that is not an integer';
  if (!optional(entry.note, 'string')) return 'has a "note" that is not a string';
  if (entry.expires !== undefined && !(typeof entry.expires === 'string' && isCalendarDate(entry.expires)))
    return `has "expires" ${JSON.stringify(entry.expires)}, not a date as YYYY-MM-DD`;
  const fingerprint = findingFingerprint(entry as unknown as BaselineEntry);
  if (entry.fingerprint !== undefined && entry.fingerprint !== fingerprint)
    return `has fingerprint ${JSON.stringify(entry.fingerprint)}, but its fields give ${fingerprint}`;
  return undefined;
}

/** A baseline's text, checked entry by entry: a wrong file is a one-line error naming the entry. */
export function parseBaseline(text: string, source: string): Result<Baseline> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_BASELINE_INVALID', `baseline ${source} is not valid JSON (${why})`);
  }
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.findings))
    return err('OAC_ERR_BASELINE_INVALID', `baseline ${source} has no "version": 1 and "findings" array`);
  const findings: BaselineEntry[] = [];
  for (const [index, entry] of value.findings.entries()) {
    const problem = entryProblem(entry);
    if (problem !== undefined)
      return err('OAC_ERR_BASELINE_INVALID', `baseline ${source}: findings[${index}] ${problem}`);
    const known = entry as BaselineEntry;
    findings.push({ ...known, fingerprint: findingFingerprint(known) });
  }
  return ok({ version: 1, findings });
}

export function readBaseline(path: string): Result<Baseline> {
  try {
    return parseBaseline(readFileSync(path, 'utf8'), path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return err('OAC_ERR_BASELINE_READ', `cannot read baseline ${path} (${String(code ?? error)})`);
  }
}

export function writeBaseline(path: string, baseline: Baseline): Result<string> {
  try {
    writeFileSync(path, formatBaseline(baseline));
    return ok(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_REPORT_WRITE', `cannot write baseline ${path}: ${why}`);
  }
}
