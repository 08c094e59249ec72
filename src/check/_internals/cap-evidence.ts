import type { SchemaError } from '../../schema/types.ts';
import type { Evidence } from '../types.ts';
import { capText } from './cap-text.ts';

/** Evidence stays small whatever the server sends: a hostile body must not bloat reports or memory. */
export const EVIDENCE_LIMITS = {
  excerpt: 512,
  schemaErrors: 10,
  text: 300,
  /** A keyword's params (an enum, a pattern) as JSON: beyond this they are dropped. */
  params: 300,
} as const;

function capError(error: SchemaError): SchemaError {
  const params = JSON.stringify(error.params);
  return {
    keyword: capText(error.keyword, EVIDENCE_LIMITS.text),
    instancePath: capText(error.instancePath, EVIDENCE_LIMITS.text),
    schemaPath: capText(error.schemaPath, EVIDENCE_LIMITS.text),
    params: params.length <= EVIDENCE_LIMITS.params ? error.params : {},
    message: capText(error.message, EVIDENCE_LIMITS.text),
  };
}

/** The evidence within EVIDENCE_LIMITS: texts cut, at most 10 schema errors (the count is kept in `actual`). */
export function capEvidence(evidence: Evidence): Evidence {
  const capped: Evidence = {
    expected: capText(evidence.expected, EVIDENCE_LIMITS.text),
    actual: capText(evidence.actual, EVIDENCE_LIMITS.text),
  };
  if (evidence.status !== undefined) capped.status = evidence.status;
  if (evidence.schemaErrors !== undefined)
    capped.schemaErrors = evidence.schemaErrors.slice(0, EVIDENCE_LIMITS.schemaErrors).map(capError);
  if (evidence.excerpt !== undefined) capped.excerpt = capText(evidence.excerpt, EVIDENCE_LIMITS.excerpt);
  return capped;
}
