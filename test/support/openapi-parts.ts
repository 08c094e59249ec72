/** Parts of small OpenAPI documents written inline by tests (a collection of things, its items). */

/** `content` of one JSON media type. */
export const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/** A required string path parameter. */
export const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

/** A required JSON body `{name}` with no other property, the name 1..maxLength characters. */
export const nameBody = (maxLength: number) => ({
  required: true,
  ...json({
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: { name: { type: 'string', minLength: 1, maxLength } },
  }),
});

/** A `201 Created` answering `{id}`. */
export const createdWithId = {
  description: 'created',
  ...json({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }),
};

/** A document of these paths (OpenAPI 3.0.3, title `things`). */
export const documentOf = (paths: Record<string, unknown>) => ({
  openapi: '3.0.3',
  info: { title: 'things', version: '1' },
  paths,
});

/** `POST /things` (createThing): a `{name}` body of 1..maxLength characters, answered 201 `{id}` or 400. */
export const createThings = (maxLength: number) => ({
  post: {
    operationId: 'createThing',
    requestBody: nameBody(maxLength),
    responses: { '201': createdWithId, '400': { description: 'invalid' } },
  },
});
