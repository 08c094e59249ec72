import { isJsonMediaType } from '../core/media-type.ts';
import type { CredentialAvailability } from '../generate/case-plan-types.ts';
import { requestCredentials } from '../generate/request-credentials.ts';
import type { CaseExpectation, RequestCase } from '../generate/types.ts';
import type { CompiledOperation } from '../schema/types.ts';
import type { RunSession } from './types.ts';

/** What sends hand-made cases: the run's client, and which credentials the run holds (they go with each case). */
export type CaseSender = Pick<RunSession, 'client' | 'availability'>;

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
 * method, path, its JSON media type, and the credentials the run holds for the operation's security, where each
 * scheme puts them (as generated cases: `availability` is the session's). Such cases are not
 * generated, so they carry no replay path (phase `resource`: they act on one known resource).
 */
export function handMadeCase(
  operation: CompiledOperation,
  spec: HandMadeCase,
  availability: CredentialAvailability | undefined,
): RequestCase {
  const { method, path, operationId } = operation.operation;
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
    ...requestCredentials(operation.operation, availability),
    body: json ? { kind: 'json', value: spec.body } : { kind: 'none' },
    phase: 'resource',
    expect: spec.expect ?? 'accepted',
    ...(spec.tolerated === undefined ? {} : { tolerated: spec.tolerated }),
    title: spec.title,
    uniqueFields: [],
    tags: spec.tags ?? [],
  };
}
