import { getAtPointer } from '../../../core/json-pointer.ts';
import type { SpecFinding } from '../../types.ts';
import { asRecord } from '../is-record.ts';
import { lookupScheme } from '../map-security.ts';
import type { DocumentCheck } from './document-check.ts';

function undefinedKeys(document: Record<string, unknown>, requirements: unknown): string[] {
  if (!Array.isArray(requirements)) return [];
  const keys = requirements.flatMap((requirement) => Object.keys(asRecord(requirement)));
  return [...new Set(keys)].filter((key) => lookupScheme(document, key) === undefined);
}

function finding(key: string, where: string, pointer: string, operationId?: string): SpecFinding {
  return {
    code: 'security-scheme-undefined',
    severity: 'warning',
    message: `${where} requires security scheme "${key}", which components.securitySchemes does not define; that requirement is ignored`,
    pointer,
    ...(operationId === undefined ? {} : { operationId }),
  };
}

/** Security requirements must name schemes defined in `components.securitySchemes`. */
export const securitySchemeUndefined: DocumentCheck = (document, operations) => {
  const global = undefinedKeys(document, document.security).map((key) =>
    finding(key, 'the document', '/security'),
  );
  const local = operations.flatMap((operation) => {
    const own = asRecord(getAtPointer(document, operation.pointer)).security;
    return undefinedKeys(document, own).map((key) =>
      finding(key, operation.operationId, `${operation.pointer}/security`, operation.operationId),
    );
  });
  return [...global, ...local];
};
