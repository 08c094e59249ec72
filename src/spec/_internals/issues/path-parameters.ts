import type { Operation, SpecFinding } from '../../types.ts';
import type { DocumentCheck } from './document-check.ts';

function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

function finding(operation: Operation, code: string, message: string): SpecFinding {
  return {
    code,
    severity: 'warning',
    message: `${operation.operationId}: ${message}`,
    operationId: operation.operationId,
    pointer: operation.pointer,
  };
}

function findingsFor(operation: Operation): SpecFinding[] {
  const inTemplate = templateNames(operation.path);
  const declared = operation.parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => parameter.name);
  const undeclared = inTemplate
    .filter((name) => !declared.includes(name))
    .map((name) =>
      finding(
        operation,
        'path-parameter-not-declared',
        `{${name}} is in the path template but declared by no path parameter`,
      ),
    );
  const stray = declared
    .filter((name) => !inTemplate.includes(name))
    .map((name) =>
      finding(
        operation,
        'declared-path-parameter-not-in-template',
        `path parameter "${name}" does not appear in ${operation.path}`,
      ),
    );
  return [...undeclared, ...stray];
}

/** Path templates and declared path parameters must name the same parameters (both directions). */
export const pathParameters: DocumentCheck = (_document, operations) => operations.flatMap(findingsFor);
