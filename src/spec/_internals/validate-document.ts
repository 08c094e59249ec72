import type * as Parser from '@readme/openapi-parser';
import { ok, type Result } from '../../core/result.ts';
import type { OpenApiDialect, SpecFinding } from '../types.ts';
import { maskSchemaRefs } from './mask-schema-refs.ts';

type Api = Parameters<typeof Parser.validate>[0];

/**
 * Rules the validator would fail on that this tool reports as findings instead (findDocumentIssues has
 * its own checks for them), so one questionable declaration does not stop the whole run.
 */
const RELAXED = {
  'duplicate-operation-id': 'warning',
  'path-parameters-not-in-parameters': 'warning',
  'path-parameters-not-in-path': 'warning',
  'array-without-items': 'warning',
} as const;

/** Validator warnings that no document check covers become findings of their own. */
function arrayWithoutItems(messages: string[]): SpecFinding[] {
  return messages
    .filter((message) => /is an array, so it should include an `items` schema/.test(message))
    .map((message) => ({
      code: 'array-without-items',
      severity: 'info' as const,
      message: `${message.split('\n')[0] ?? ''} (any items are accepted)`,
      pointer: /^`([^`]+)`/.exec(message)?.[1],
    }));
}

/** The validator's first line, plus the hint under its code frame (`^ maxLenght is not expected here!`). */
function oneLine(message: string): string {
  const first = message.split('\n')[0] ?? '';
  const hint = /\^+ +(\S.*)$/m.exec(message)?.[1];
  return hint === undefined ? first : `${first} (${hint.trim()})`;
}

/**
 * A meta-schema violation (a stray property, a missing `description` or `info.version`, an unknown keyword)
 * does not stop generation: it is reported as a warning and the document is used as written. The validator
 * reports its first violation only, and counts the others.
 */
function structureFindings(
  result: { errors: { message: string }[]; additionalErrors: number },
  dialect: OpenApiDialect,
): SpecFinding[] {
  const more = result.additionalErrors > 0 ? ` (and ${result.additionalErrors} more)` : '';
  return result.errors.map((error) => ({
    code: 'document-not-valid',
    severity: 'warning' as const,
    message: `the document is not valid OpenAPI ${dialect}: ${oneLine(error.message)}${more}; it is used as written`,
  }));
}

/**
 * Structural validation against the OpenAPI 3.0/3.1 schema, on a copy (the validator mutates it) whose
 * schema `$ref`s are masked, so each schema is checked once where it is defined (see maskSchemaRefs).
 * Neither a violation nor the validator itself throwing stops loading: each is a finding.
 */
export async function validateDocument(
  document: Record<string, unknown>,
  dialect: OpenApiDialect,
): Promise<Result<SpecFinding[]>> {
  let result: Awaited<ReturnType<typeof Parser.validate>>;
  try {
    // Loaded only when a verdict is not known already (see validation-cache.ts): it is most of start-up.
    const { validate } = await import('@readme/openapi-parser');
    result = await validate(maskSchemaRefs(document) as unknown as Api, {
      validate: { rules: { openapi: RELAXED } },
    });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const message = `the structural validator failed on the document (${reason}); it was loaded unvalidated`;
    return ok([{ code: 'validation-incomplete', severity: 'warning', message }]);
  }
  const warnings = arrayWithoutItems(result.warnings.map((warning) => warning.message));
  return ok(result.valid ? warnings : [...structureFindings(result, dialect), ...warnings]);
}
