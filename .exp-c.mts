import { validate } from '@readme/openapi-parser';
const d = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {
  '/a/{id}': { get: { operationId: 'x', responses: { '200': { description: 'x', content: { 'application/json': { schema: { type: 'array' } } } } } } },
  '/b': { get: { operationId: 'x', parameters: [{ name: 'q', in: 'path', required: false, schema: { type: 'string' } }], responses: { '200': { description: 'x' } } } } } };
const rules = { 'duplicate-operation-id': 'warning', 'path-parameters-not-in-parameters': 'warning', 'path-parameters-not-in-path': 'warning', 'non-optional-path-parameters': 'warning', 'array-without-items': 'warning' } as const;
console.log(JSON.stringify(await validate(structuredClone(d) as never, { validate: { rules: { openapi: rules } } }), null, 1));
