import type { Operation, SpecFinding } from './types.ts';
import { contentOnBodylessStatus } from './_internals/issues/content-on-bodyless-status.ts';
import type { DocumentCheck } from './_internals/issues/document-check.ts';
import { duplicateOperationId } from './_internals/issues/duplicate-operation-id.ts';
import { noSuccessResponse } from './_internals/issues/no-success-response.ts';
import { optionalBodyWithRequiredProperties } from './_internals/issues/optional-body-with-required-properties.ts';
import { pathParameters } from './_internals/issues/path-parameters.ts';
import { securitySchemeUndefined } from './_internals/issues/security-scheme-undefined.ts';

/** The rules, in the order their findings are listed. */
const documentChecks: readonly DocumentCheck[] = [
  optionalBodyWithRequiredProperties,
  contentOnBodylessStatus,
  duplicateOperationId,
  pathParameters,
  noSuccessResponse,
  securitySchemeUndefined,
];

/**
 * Findings about the document itself (never about a server), each with a stable code: questionable or
 * inconsistent declarations the run works around and reports apart (exit 0 unless --strict).
 */
export function findDocumentIssues(
  document: Record<string, unknown>,
  operations: readonly Operation[],
): SpecFinding[] {
  return documentChecks.flatMap((check) => check(document, operations));
}
