import { err, ok, type Result } from '../core/result.ts';
import type { Operation } from '../spec/types.ts';

export type FilterKind = 'id' | 'tag' | 'method' | 'path';

/** One term of CONTRACT_INCLUDE / CONTRACT_EXCLUDE: `tag:Service Accounts`, `path:/api/v0/*`. */
export interface OperationFilter {
  kind: FilterKind;
  /** As written; `*` matches any run of characters. */
  pattern: string;
}

export interface OperationSelection {
  include: OperationFilter[];
  exclude: OperationFilter[];
}

const KINDS: readonly FilterKind[] = ['id', 'tag', 'method', 'path'];

function isKind(value: string): value is FilterKind {
  return (KINDS as readonly string[]).includes(value);
}

/** `kind:pattern` terms separated by commas; a term without a known kind is a usage error naming the variable. */
export function parseOperationFilters(raw: string | undefined, name: string): Result<OperationFilter[]> {
  if (raw === undefined || raw.trim() === '') return ok([]);
  const filters: OperationFilter[] = [];
  for (const term of raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')) {
    const at = term.indexOf(':');
    const kind = term.slice(0, at).trim().toLowerCase();
    const pattern = term.slice(at + 1).trim();
    if (at < 0 || !isKind(kind) || pattern === '')
      return err(
        'OAC_ERR_USAGE',
        `${name}: "${term}" is not id:, tag:, method: or path: followed by a pattern`,
      );
    filters.push({ kind, pattern });
  }
  return ok(filters);
}

/** CONTRACT_INCLUDE and CONTRACT_EXCLUDE. */
export function readOperationSelection(env: Record<string, string | undefined>): Result<OperationSelection> {
  const include = parseOperationFilters(env.CONTRACT_INCLUDE, 'CONTRACT_INCLUDE');
  if (!include.ok) return include;
  const exclude = parseOperationFilters(env.CONTRACT_EXCLUDE, 'CONTRACT_EXCLUDE');
  if (!exclude.ok) return exclude;
  return ok({ include: include.value, exclude: exclude.value });
}

function glob(pattern: string, caseless: boolean): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, caseless ? 'i' : '');
}

export function matchesFilter(operation: Operation, filter: OperationFilter): boolean {
  switch (filter.kind) {
    case 'id':
      return glob(filter.pattern, false).test(operation.operationId);
    case 'tag':
      return operation.tags.some((tag) => glob(filter.pattern, true).test(tag));
    case 'method':
      return glob(filter.pattern, true).test(operation.method);
    case 'path':
      return glob(filter.pattern, false).test(operation.path);
  }
}

/**
 * Whether an operation is selected: it matches the include terms (all kinds given, any pattern of a kind:
 * `tag:A,tag:B,method:post` is "tagged A or B, and POST") and no exclude term. No include term: all are.
 */
export function isSelected(operation: Operation, selection: OperationSelection): boolean {
  const kinds = new Set(selection.include.map((filter) => filter.kind));
  const included = [...kinds].every((kind) =>
    selection.include.some((filter) => filter.kind === kind && matchesFilter(operation, filter)),
  );
  return included && !selection.exclude.some((filter) => matchesFilter(operation, filter));
}
