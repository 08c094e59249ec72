import { createRedactor } from '../../src/core/redact.ts';
import { getAtPointer } from '../../src/core/json-pointer.ts';
import type { CheckContext, CheckOptions } from '../../src/check/types.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import type { Exchange, ReceivedResponse, SentRequest } from '../../src/http/types.ts';
import { createAjv } from '../../src/schema/ajv.ts';
import type {
  CompiledOperation,
  CompiledResponse,
  CompiledSchema,
  JsonSchema,
  SchemaContext,
} from '../../src/schema/types.ts';
import type { Operation } from '../../src/spec/types.ts';
import { makeCase } from '../http/helpers.ts';

export { makeCase };

/** A CompiledSchema from a JSON Schema 2020-12 whose `$ref`s point into its own `$defs`. */
export function compiled(
  schema: JsonSchema,
  context: SchemaContext = 'response',
  pointer = '/test',
): CompiledSchema {
  const validateFn = createAjv().compile(schema);
  return {
    schema,
    context,
    pointer,
    validate(value) {
      if (validateFn(value)) return [];
      return (validateFn.errors ?? []).map((e) => ({
        keyword: e.keyword,
        instancePath: e.instancePath,
        schemaPath: e.schemaPath,
        params: e.params as Record<string, unknown>,
        message: e.message ?? '',
      }));
    },
    resolve: (ref) =>
      ref.startsWith('#/') ? (getAtPointer(schema, ref.slice(1)) as JsonSchema | undefined) : undefined,
  };
}

export interface ResponseDef {
  status: string;
  media?: { mediaType: string; schema?: JsonSchema }[];
  headers?: { name: string; required: boolean; schema?: JsonSchema }[];
}

function toCompiledResponse(def: ResponseDef): CompiledResponse {
  const media = def.media ?? [];
  return {
    spec: {
      status: def.status,
      description: `Response for status ${def.status}`,
      content: media.map((item) => ({ mediaType: item.mediaType, pointer: `/responses/${def.status}` })),
      headers: (def.headers ?? []).map((h) => ({
        name: h.name,
        required: h.required,
        pointer: `/headers/${h.name}`,
      })),
    },
    media: media.map((item) => ({
      mediaType: item.mediaType,
      schema:
        item.schema === undefined
          ? undefined
          : compiled(item.schema, 'response', `/responses/${def.status}/${item.mediaType}`),
    })),
    headers: (def.headers ?? []).map((h) => ({
      name: h.name,
      required: h.required,
      schema: h.schema === undefined ? undefined : compiled(h.schema),
    })),
  };
}

/** A CompiledOperation built by hand; `responseFor` tries the exact code, then `4XX`, then `default`. */
export function makeOperation(defs: ResponseDef[], operationId = 'op'): CompiledOperation {
  const responses = defs.map(toCompiledResponse);
  const operation: Operation = {
    operationId,
    method: 'post',
    path: '/items',
    tags: [],
    deprecated: false,
    parameters: [],
    responses: responses.map((response) => response.spec),
    security: [],
    pointer: '/paths/~1items/post',
  };
  const find = (status: string): CompiledResponse | undefined =>
    responses.find((response) => response.spec.status.toUpperCase() === status);
  return {
    operation,
    parameters: [],
    responses,
    responseFor: (status) => find(String(status)) ?? find(`${String(status)[0] ?? ''}XX`) ?? find('DEFAULT'),
  };
}

export function makeContext(operation: CompiledOperation, options: Partial<CheckOptions> = {}): CheckContext {
  return {
    operation,
    options: { disabled: new Set(), secretFields: ['value'], ...options },
    memory: { mintedIds: new Map(), mintedValues: new Map(), redactor: createRedactor() },
  };
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ReceivedResponse {
  const bodyText = body === undefined ? '' : JSON.stringify(body);
  const response: ReceivedResponse = {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    bodyText,
    bodyBytes: Buffer.byteLength(bodyText),
    truncated: false,
  };
  if (bodyText !== '') response.json = { ok: true, value: body };
  return response;
}

export function textResponse(
  status: number,
  bodyText: string,
  headers: Record<string, string> = {},
): ReceivedResponse {
  let json: ReceivedResponse['json'];
  try {
    json = bodyText.trim() === '' ? undefined : { ok: true, value: JSON.parse(bodyText) as unknown };
  } catch (error) {
    json = { ok: false, error: String(error) };
  }
  return {
    status,
    headers,
    bodyText,
    bodyBytes: Buffer.byteLength(bodyText),
    truncated: false,
    ...(json ? { json } : {}),
  };
}

function recordedOf(requestCase: RequestCase): SentRequest {
  const bodyText =
    requestCase.body.kind === 'json'
      ? JSON.stringify(requestCase.body.value)
      : requestCase.body.kind === 'raw'
        ? requestCase.body.text
        : undefined;
  return {
    method: requestCase.method.toUpperCase(),
    url: `http://127.0.0.1:1${requestCase.pathTemplate}`,
    headers: { ...requestCase.headers },
    bodyText,
    bodyBytes: bodyText === undefined ? 0 : Buffer.byteLength(bodyText),
  };
}

/** An exchange with a response, or with `error` when `response` is omitted. */
export function makeExchange(
  response: ReceivedResponse | undefined,
  caseOverrides: Partial<RequestCase> = {},
  extra: Partial<Exchange> = {},
): Exchange {
  const requestCase = makeCase(caseOverrides);
  const exchange: Exchange = {
    case: requestCase,
    request: recordedOf(requestCase),
    durationMs: 12,
    ...extra,
  };
  if (response !== undefined) exchange.response = response;
  else if (exchange.error === undefined) exchange.error = { code: 'other', message: 'no response' };
  return exchange;
}

const problem = {
  type: 'object',
  properties: { detail: { type: 'string' }, status: { type: 'number' }, title: { type: 'string' } },
  required: ['detail', 'status', 'title'],
  additionalProperties: false,
};

/** The create-API-key operation of the fixture, translated to 2020-12 by hand. */
export function apiKeyOperation(): CompiledOperation {
  const apiKey = {
    type: 'object',
    properties: {
      apiKey: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1 },
          value: { type: 'string', minLength: 1 },
          fingerprint: { type: 'string', minLength: 1 },
          name: { type: 'string', minLength: 1 },
          expiresAt: { type: 'number' },
        },
        required: ['id', 'value', 'fingerprint', 'name'],
        additionalProperties: false,
      },
    },
    required: ['apiKey'],
    additionalProperties: false,
  };
  const errors = ['400', '401', '402', '403', '404', '409', '500'].map((status) => ({
    status,
    media: [{ mediaType: 'application/json', schema: problem }],
  }));
  return makeOperation(
    [{ status: '201', media: [{ mediaType: 'application/json', schema: apiKey }] }, ...errors],
    'createServiceAccountApiKey',
  );
}

export const SECRET = 'fk_live_9c2e4b7a1d3f5e6c8b0a2d4f6e8c0b1a';

/** A 201 minting key `key-1` with SECRET, as the fixture describes it. */
export function mintedResponse(overrides: Record<string, unknown> = {}): ReceivedResponse {
  return jsonResponse(201, {
    apiKey: { id: 'key-1', value: SECRET, fingerprint: SECRET.slice(-4), name: 'x', ...overrides },
  });
}
