import { isJsonMediaType } from '../core/media-type.ts';
import type { CaseExpectation, RequestCase } from '../generate/types.ts';
import type { CompiledOperation } from '../schema/types.ts';

export interface HandMadeCase {
  id: string;
  title: string;
  pathParams: Record<string, string>;
  /** A JSON body; undefined sends none. */
  body?: unknown;
  expect?: CaseExpectation;
  tolerated?: number[];
  tags?: string[];
}

/**
 * A request case for a step an extension takes (a key's life cycle, a clean-up), built from the operation as declared:
 * method, path, its JSON media type, and credentials when the operation requires them. Such cases are not
 * generated, so they carry no replay path (phase `resource`: they act on one known resource).
 */
export function handMadeCase(operation: CompiledOperation, spec: HandMadeCase): RequestCase {
  const { method, path, operationId, security } = operation.operation;
  const mediaType =
    operation.requestBody?.media.find((media) => isJsonMediaType(media.mediaType))?.mediaType ??
    'application/json';
  const json = spec.body !== undefined;
  return {
    id: spec.id,
    operationId,
    method,
    pathTemplate: path,
    pathParams: spec.pathParams,
    query: {},
    headers: json ? { 'content-type': mediaType } : {},
    cookies: {},
    auth: security.length > 0 ? 'valid' : 'none',
    body: json ? { kind: 'json', value: spec.body } : { kind: 'none' },
    phase: 'resource',
    expect: spec.expect ?? 'accepted',
    ...(spec.tolerated === undefined ? {} : { tolerated: spec.tolerated }),
    title: spec.title,
    uniqueFields: [],
    tags: spec.tags ?? [],
  };
}
