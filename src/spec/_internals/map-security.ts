import type { SecuritySchemeSpec } from '../types.ts';
import { followRefs } from './follow-refs.ts';
import { asRecord, isRecord } from './is-record.ts';
import { escapePointerSegment } from '../../core/json-pointer.ts';

const TYPES: readonly string[] = ['http', 'apiKey', 'oauth2', 'openIdConnect', 'mutualTLS'];
const API_KEY_PLACES: readonly string[] = ['header', 'query', 'cookie'];

/** The security scheme named `key` in `components.securitySchemes`, or undefined when it is not defined. */
export function lookupScheme(document: Record<string, unknown>, key: string): SecuritySchemeSpec | undefined {
  const raw = asRecord(asRecord(document.components).securitySchemes)[key];
  const pointer = `/components/securitySchemes/${escapePointerSegment(key)}`;
  const { value } = followRefs(document, raw, pointer);
  if (!isRecord(value) || typeof value.type !== 'string' || !TYPES.includes(value.type)) return undefined;
  const type = value.type as SecuritySchemeSpec['type'];
  if (type === 'http') {
    return { key, type, ...(typeof value.scheme === 'string' ? { scheme: value.scheme.toLowerCase() } : {}) };
  }
  if (type !== 'apiKey') return { key, type };
  const place = typeof value.in === 'string' && API_KEY_PLACES.includes(value.in) ? value.in : undefined;
  return {
    key,
    type,
    ...(place === undefined ? {} : { in: place as 'header' | 'query' | 'cookie' }),
    ...(typeof value.name === 'string' ? { parameterName: value.name } : {}),
  };
}

/**
 * Security requirements (alternatives of AND-sets). A requirement naming an undefined scheme cannot be met
 * and is left out (findDocumentIssues reports it as `security-scheme-undefined`).
 */
export function mapSecurity(
  document: Record<string, unknown>,
  requirements: unknown,
): SecuritySchemeSpec[][] {
  if (!Array.isArray(requirements)) return [];
  const alternatives: SecuritySchemeSpec[][] = [];
  for (const requirement of requirements) {
    if (!isRecord(requirement)) continue;
    const set = Object.keys(requirement).map((key) => lookupScheme(document, key));
    if (set.every((scheme): scheme is SecuritySchemeSpec => scheme !== undefined)) alternatives.push(set);
  }
  return alternatives;
}
