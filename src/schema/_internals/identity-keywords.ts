import type { TranslationState } from './translation-state.ts';

/** Meta-schemas that mean what this tool validates with anyway. */
const SAME_DIALECT = new Set([
  'https://json-schema.org/draft/2020-12/schema',
  'https://json-schema.org/draft/2020-12/schema#',
  'https://spec.openapis.org/oas/3.1/dialect/base',
]);

/** Keywords that would give a bag entry its own identity (and collide when an entry is reused). */
export const IDENTITY_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
]);

/**
 * `$id` and anchors are dropped: `$ref`s were already resolved against the document, and the same schema
 * may sit in a bag twice. A `$schema` naming another dialect is dropped with a finding: every schema is
 * validated as JSON Schema 2020-12.
 */
export function dropIdentityKeyword(
  keyword: string,
  value: unknown,
  path: string,
  state: TranslationState,
): void {
  if (keyword === '$schema') {
    if (typeof value === 'string' && SAME_DIALECT.has(value)) return;
    state.findings.push({
      code: 'schema-dialect-ignored',
      severity: 'warning',
      message: `$schema ${String(value)} ignored: validated as JSON Schema 2020-12`,
      path,
    });
    return;
  }
  state.findings.push({
    code: 'schema-id-ignored',
    severity: 'info',
    message: `${keyword} ${String(value)} ignored: $refs are resolved against the document`,
    path,
  });
}
