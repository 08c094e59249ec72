import type { Operation, SpecFinding } from '../../types.ts';

/** One rule about the document itself; rules are data, run in order by findDocumentIssues. */
export type DocumentCheck = (
  document: Record<string, unknown>,
  operations: readonly Operation[],
) => SpecFinding[];
