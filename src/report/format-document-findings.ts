import type { SpecFinding } from '../spec/types.ts';

/** Findings about the document itself, printed apart from server failures. */
export function formatDocumentFindings(findings: readonly SpecFinding[]): string {
  if (findings.length === 0) return 'Document findings: none';
  const lines = findings.map((finding) => {
    const where = [finding.operationId, finding.pointer].filter(Boolean).join(' ');
    return `  ! [${finding.severity}] ${finding.code}${where ? ` (${where})` : ''}: ${finding.message}`;
  });
  return [
    `Document findings (about the OpenAPI document, not the server): ${findings.length}`,
    ...lines,
  ].join('\n');
}
