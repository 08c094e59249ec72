import type { LoadedSpec, SchemaObject } from '../../spec/types.ts';
import type { SchemaContext } from '../types.ts';

/** A schema the run validates with directly: a parameter, a request body, a response body or header. */
export interface RootSchema {
  context: SchemaContext;
  pointer: string;
  schema: SchemaObject;
  operationId: string;
}

function root(
  context: SchemaContext,
  operationId: string,
  item: { schema?: SchemaObject; pointer: string },
): RootSchema[] {
  return item.schema === undefined
    ? []
    : [{ context, pointer: item.pointer, schema: item.schema, operationId }];
}

/** Every root schema, in document order: parameters and bodies are requests, bodies and headers responses. */
export function collectRoots(spec: LoadedSpec): RootSchema[] {
  return spec.operations.flatMap((operation) => {
    const id = operation.operationId;
    const parameters = operation.parameters.flatMap((parameter) => root('request', id, parameter));
    const body = (operation.requestBody?.content ?? []).flatMap((media) => root('request', id, media));
    const responses = operation.responses.flatMap((response) => [
      ...response.content.flatMap((media) => root('response', id, media)),
      ...response.headers.flatMap((header) => root('response', id, header)),
    ]);
    return [...parameters, ...body, ...responses];
  });
}
