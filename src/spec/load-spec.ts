import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { err, ok, type Result } from '../core/result.ts';
import type { LoadedSpec, SkippedOperation, SpecFinding } from './types.ts';
import { bundleUsed } from './_internals/bundle-used.ts';
import { detectDialect } from './_internals/detect-dialect.ts';
import { asRecord } from './_internals/is-record.ts';
import { DEFAULT_SPEC_TIMEOUT_MS } from './_internals/limits.ts';
import { parseText } from './_internals/parse-text.ts';
import { readSpecFile } from './_internals/read-file.ts';
import { readSpecUrl } from './_internals/read-url.ts';
import { externalTargetExists } from './_internals/external-target-exists.ts';
import { prepareRefs, type RefAt } from './_internals/prepare-refs.ts';
import { setAsideUnresolved } from './_internals/set-aside-unresolved.ts';
import { validateDocument } from './_internals/validate-document.ts';
import { validateOnce } from './_internals/validation-cache.ts';
import { findDocumentIssues } from './find-document-issues.ts';
import { listOperations } from './list-operations.ts';

export interface LoadSpecOptions {
  /** For URLs and for external `$ref`s fetched over HTTP. */
  timeoutMs?: number;
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** One finding for every `$ref` inside an extension: they are not followed, since nothing uses them. */
function extensionRefs(refs: readonly RefAt[]): SpecFinding[] {
  const [first] = refs;
  if (first === undefined) return [];
  const more = refs.length > 1 ? ` and ${refs.length - 1} more` : '';
  const message = `$refs inside x-* extensions are not followed (extensions are not used): ${first.ref} at ${first.at}${more}`;
  return [{ code: 'extension-ref-not-followed', severity: 'info', message, pointer: first.at }];
}

/**
 * No operation is left and a `$ref` that cannot be resolved is why (every operation depends on one, or
 * every path item is one): nothing can be tested, the document is unusable.
 */
function nothingLeft(
  source: string,
  skipped: readonly SkippedOperation[],
  unresolved: readonly RefAt[],
): Result<never> | undefined {
  const prefix = `spec ${source} has a $ref that cannot be resolved`;
  const [first] = skipped;
  if (first !== undefined) {
    const where = `${first.method.toUpperCase()} ${first.path}`;
    return err(
      'OAC_ERR_REF_UNRESOLVED',
      `${prefix}, and every operation depends on one: ${where}: ${first.reason}`,
    );
  }
  const pathItem = unresolved.find((problem) => /^\/paths\/[^/]+$/.test(problem.at));
  if (pathItem === undefined) return undefined;
  return err(
    'OAC_ERR_REF_UNRESOLVED',
    `${prefix}, and no operation is left: ${pathItem.ref} (at ${pathItem.at})`,
  );
}

async function load(source: string, timeoutMs: number): Promise<Result<LoadedSpec>> {
  const sourceKind: 'file' | 'url' = isUrl(source) ? 'url' : 'file';
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const read = sourceKind === 'url' ? await readSpecUrl(source, timeoutMs) : await readSpecFile(path);
  if (!read.ok) return read;
  const parsed = parseText(read.value, source);
  if (!parsed.ok) return parsed;
  const detected = detectDialect(parsed.value.value, source);
  if (!detected.ok) return detected;
  const { dialect, openapiVersion } = detected.value;
  const prepared = prepareRefs(detected.value.document, (ref) => externalTargetExists(ref, path, sourceKind));
  const location = { path, kind: sourceKind, timeoutMs };
  const bundled = prepared.external
    ? await bundleUsed(prepared.document, location)
    : ok({ document: prepared.document, findings: [], unresolved: [] });
  if (!bundled.ok) return bundled;
  const { document } = bundled.value;
  const hash = createHash('sha256').update(read.value).digest('hex');
  const validate = () => validateDocument(document, dialect);
  const validated = prepared.external ? await validate() : await validateOnce(`${source}\n${hash}`, validate);
  if (!validated.ok) return validated;
  const listed = listOperations(document, dialect);
  const unresolved = [...prepared.unresolved, ...bundled.value.unresolved];
  const aside = setAsideUnresolved(document, listed.operations, unresolved);
  if (aside.operations.length === 0) {
    const unusable = nothingLeft(source, aside.skipped, unresolved);
    if (unusable !== undefined) return unusable;
  }
  const findings: SpecFinding[] = [
    ...parsed.value.findings,
    ...detected.value.findings,
    ...listed.findings,
    ...findDocumentIssues(document, aside.operations),
    ...validated.value,
    ...bundled.value.findings,
    ...aside.findings,
    ...extensionRefs(prepared.inExtensions),
  ];
  const info = asRecord(document.info);
  return ok({
    source,
    sourceKind,
    dialect,
    openapiVersion,
    title: text(info.title),
    version: text(info.version),
    hash,
    document,
    operations: aside.operations,
    skippedOperations: aside.skipped,
    findings,
  });
}

/**
 * Reads an OpenAPI 3.0/3.1 document from a file or an http(s) URL, bundles its external `$ref`s, validates
 * it and lists its operations. Built for large documents (GitHub's, 13 MB, loads in a few seconds): JSON is
 * parsed as JSON, a self-contained document is not bundled, schemas are structurally checked once each
 * rather than once per use, and a document already validated in this process is not validated again.
 * Imperfect documents are used, not refused: a meta-schema violation, a `$ref` in an extension or in an
 * unused component is a finding; an operation that needs a `$ref` pointing to nothing is set aside in
 * `skippedOperations`. Only an unusable document is an error: unreadable (OAC_ERR_SPEC_READ, _PARSE), not
 * OpenAPI 3.0/3.1 (_VERSION), or every operation broken (OAC_ERR_REF_UNRESOLVED). Never throws, never prints.
 */
export async function loadSpec(source: string, options: LoadSpecOptions = {}): Promise<Result<LoadedSpec>> {
  try {
    return await load(source, options.timeoutMs ?? DEFAULT_SPEC_TIMEOUT_MS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err(
      'OAC_ERR_INTERNAL',
      `loading spec ${source} failed unexpectedly: ${message.split('\n')[0] ?? ''}`,
    );
  }
}
