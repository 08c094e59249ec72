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
import { scanRefs } from './_internals/scan-refs.ts';
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

interface Bundled {
  document: Record<string, unknown>;
  /** True when the document refers to nothing outside itself (its text alone decides its validity). */
  selfContained: boolean;
}

/** External `$ref`s are inlined by the bundler; a self-contained document is only checked for missing targets. */
async function bundle(
  document: Record<string, unknown>,
  location: { source: string; path: string; kind: 'file' | 'url'; timeoutMs: number },
): Promise<Result<Bundled>> {
  const refs = scanRefs(document);
  if (refs.external) {
    const bundled = await bundleDocument(document, location.path, location.kind, location.timeoutMs);
    return bundled.ok ? ok({ document: bundled.value, selfContained: false }) : bundled;
  }
  if (refs.missing === undefined) return ok({ document, selfContained: true });
  const { ref, at } = refs.missing;
  return err(
    'OAC_ERR_REF_UNRESOLVED',
    `spec ${location.source} has a $ref that cannot be resolved: ${ref} (at ${at}) points to nothing`,
  );
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
  const bundled = await bundle(detected.value.document, { source, path, kind: sourceKind, timeoutMs });
  if (!bundled.ok) return bundled;
  const { document, selfContained } = bundled.value;
  const hash = createHash('sha256').update(read.value).digest('hex');
  const validate = () => validateDocument(document, source, dialect);
  const validated = selfContained ? await validateOnce(`${source}\n${hash}`, validate) : await validate();
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
    hash,
    document,
    operations: listed.operations,
    findings,
  });
}

/**
 * Reads an OpenAPI 3.0/3.1 document from a file or an http(s) URL, bundles its external `$ref`s, validates
 * it and lists its operations. Built for large documents (GitHub's, 13 MB, loads in a few seconds): JSON is
 * parsed as JSON, a self-contained document is not bundled, schemas are structurally checked once each
 * rather than once per use, and a document already validated in this process is not validated again. Never throws and never prints: every problem is a one-line ContractError
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
