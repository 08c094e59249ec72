import type { HttpMethod, OpenApiDialect, Operation } from '../types.ts';
import { mapParameters } from './map-parameters.ts';
import { mapRequestBody } from './map-request-body.ts';
import { mapResponses } from './map-responses.ts';
import { mapSecurity } from './map-security.ts';

export interface OperationSource {
  document: Record<string, unknown>;
  dialect: OpenApiDialect;
  path: string;
  method: HttpMethod;
  /** The path item (its Reference Object followed) and where it stands. */
  pathItem: Record<string, unknown>;
  pathItemPointer: string;
  raw: Record<string, unknown>;
}

function optionalText(value: unknown, key: 'summary' | 'description'): Partial<Record<typeof key, string>> {
  return typeof value === 'string' ? { [key]: value } : {};
}

/** One Operation from its Operation Object; the operationId is synthesised (`post /a/{id}`) when missing. */
export function buildOperation(source: OperationSource): Operation {
  const { document, raw, method, path } = source;
  const pointer = `${source.pathItemPointer}/${method}`;
  const requestBody = mapRequestBody(document, raw.requestBody, `${pointer}/requestBody`);
  return {
    operationId:
      typeof raw.operationId === 'string' && raw.operationId !== '' ? raw.operationId : `${method} ${path}`,
    method,
    path,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    ...optionalText(raw.summary, 'summary'),
    ...optionalText(raw.description, 'description'),
    deprecated: raw.deprecated === true,
    parameters: mapParameters(
      document,
      { list: source.pathItem.parameters, pointer: `${source.pathItemPointer}/parameters` },
      { list: raw.parameters, pointer: `${pointer}/parameters` },
    ),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: mapResponses(document, source.dialect, raw.responses, `${pointer}/responses`),
    security: mapSecurity(document, raw.security ?? document.security),
    pointer,
  };
}
