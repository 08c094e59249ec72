import type { Operation, SkippedOperation, SpecFinding } from '../types.ts';
import type { RefAt } from './prepare-refs.ts';
import { isWithin, reachedPointers } from './reached-pointers.ts';

export interface SetAside {
  operations: Operation[];
  skipped: SkippedOperation[];
  findings: SpecFinding[];
}

function describe(problem: RefAt): string {
  return `$ref ${problem.ref} (at ${problem.at}) cannot be resolved`;
}

/** The operation object and its path item's parameters: what an operation is built from. */
function rootsOf(operation: Operation): string[] {
  const pathItem = operation.pointer.slice(0, operation.pointer.lastIndexOf('/'));
  return [operation.pointer, `${pathItem}/parameters`];
}

function skippedOf(operation: Operation, problem: RefAt): SkippedOperation {
  const { operationId, method, path, pointer } = operation;
  return { operationId, method, path, pointer, reason: `its ${describe(problem)}` };
}

function unusedFinding(problem: RefAt): SpecFinding {
  const what = /^\/paths\/[^/]+$/.test(problem.at)
    ? 'the path item is left out'
    : 'no tested operation uses it';
  return {
    code: 'ref-unresolved',
    severity: 'warning',
    message: `${describe(problem)}; ${what}`,
    pointer: problem.at,
  };
}

function skippedFinding(skipped: SkippedOperation): SpecFinding {
  return {
    code: 'operation-ref-unresolved',
    severity: 'warning',
    message: `${skipped.method.toUpperCase()} ${skipped.path} is skipped: ${skipped.reason}`,
    operationId: skipped.operationId,
    pointer: skipped.pointer,
  };
}

/**
 * Sets aside the operations that depend on a `$ref` pointing to nothing (in their own objects or in any
 * component they reach), each with its reason; the others go on. A missing target no operation reaches
 * (an unused component) is only a warning.
 */
export function setAsideUnresolved(
  document: unknown,
  operations: readonly Operation[],
  unresolved: readonly RefAt[],
): SetAside {
  const result: SetAside = { operations: [], skipped: [], findings: [] };
  const cache = new Map<string, string[]>();
  const used = new Set<RefAt>();
  for (const operation of operations) {
    const reached =
      unresolved.length === 0 ? undefined : reachedPointers(document, rootsOf(operation), cache);
    const problems =
      reached === undefined ? [] : unresolved.filter((problem) => isWithin(problem.at, reached));
    for (const problem of problems) used.add(problem);
    const [first] = problems;
    if (first === undefined) result.operations.push(operation);
    else result.skipped.push(skippedOf(operation, first));
  }
  const unused = unresolved.filter((problem) => !used.has(problem));
  result.findings.push(...unused.map(unusedFinding), ...result.skipped.map(skippedFinding));
  return result;
}
