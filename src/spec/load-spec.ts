import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { err, ok, type Result } from '../core/result.ts';
import type { LoadedSpec, SpecFinding } from './types.ts';
import { bundleDocument } from './_internals/bundle-document.ts';
import { detectDialect } from './_internals/detect-dialect.ts';
import { asRecord } from './_internals/is-record.ts';
import { DEFAULT_SPEC_TIMEOUT_MS } from './_internals/limits.ts';
import { parseText } from './_internals/parse-text.ts';
import { readSpecFile } from './_internals/read-file.ts';
import { readSpecUrl } from './_internals/read-url.ts';
import { validateDocument } from './_internals/validate-document.ts';
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

async function load(source: string, timeoutMs: number): Promise<Result<LoadedSpec>> {
  const sourceKind = isUrl(source) ? 'url' : 'file';
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const read = sourceKind === 'url' ? await readSpecUrl(source, timeoutMs) : await readSpecFile(path);
  if (!read.ok) return read;
  const parsed = parseText(read.value, source);
  if (!parsed.ok) return parsed;
  const detected = detectDialect(parsed.value, source);
  if (!detected.ok) return detected;
  const { dialect, openapiVersion } = detected.value;
  const bundled = await bundleDocument(detected.value.document, path, sourceKind, timeoutMs);
  if (!bundled.ok) return bundled;
  const document = bundled.value;
  const validated = await validateDocument(document, source, dialect);
  if (!validated.ok) return validated;
  const listed = listOperations(document, dialect);
  const findings: SpecFinding[] = [
    ...listed.findings,
    ...findDocumentIssues(document, listed.operations),
    ...validated.value,
  ];
  const info = asRecord(document.info);
  return ok({
    source,
    sourceKind,
    dialect,
    openapiVersion,
    title: text(info.title),
    version: text(info.version),
    hash: createHash('sha256').update(read.value).digest('hex'),
    document,
    operations: listed.operations,
    findings,
  });
}

/**
 * Reads an OpenAPI 3.0/3.1 document from a file or an http(s) URL, bundles its external `$ref`s, validates
 * it and lists its operations. Never throws and never prints: every problem is a one-line ContractError
 * naming the source (OAC_ERR_SPEC_READ, _PARSE, _VERSION, _INVALID, OAC_ERR_REF_UNRESOLVED).
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
