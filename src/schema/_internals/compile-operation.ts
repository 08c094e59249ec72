import type { MediaTypeSpec, Operation } from '../../spec/types.ts';
import type {
  CompiledMedia,
  CompiledOperation,
  CompiledResponse,
  CompiledSchema,
  SchemaContext,
} from '../types.ts';
import { responseFor } from './response-for.ts';

/** Returns the compiled schema at a pointer (compiled once, shared by every operation that uses it). */
export type SchemaLookup = (
  context: SchemaContext,
  pointer: string,
  operationId: string,
) => CompiledSchema | undefined;

function compileMedia(
  lookup: SchemaLookup,
  context: SchemaContext,
  media: MediaTypeSpec,
  operationId: string,
): CompiledMedia {
  const schema = media.schema === undefined ? undefined : lookup(context, media.pointer, operationId);
  return schema === undefined ? { mediaType: media.mediaType } : { mediaType: media.mediaType, schema };
}

export function compileOperation(operation: Operation, lookup: SchemaLookup): CompiledOperation {
  const id = operation.operationId;
  const parameters = operation.parameters.map((spec) => ({
    spec,
    schema: spec.schema === undefined ? undefined : lookup('request', spec.pointer, id),
  }));
  const body = operation.requestBody;
  const requestBody =
    body === undefined
      ? undefined
      : {
          required: body.required,
          media: body.content.map((media) => compileMedia(lookup, 'request', media, id)),
        };
  const responses: CompiledResponse[] = operation.responses.map((spec) => ({
    spec,
    media: spec.content.map((media) => compileMedia(lookup, 'response', media, id)),
    headers: spec.headers.map((header) => ({
      name: header.name,
      required: header.required,
      schema: header.schema === undefined ? undefined : lookup('response', header.pointer, id),
    })),
  }));
  return {
    operation,
    parameters,
    ...(requestBody === undefined ? {} : { requestBody }),
    responses,
    responseFor: (status) => responseFor(responses, status),
  };
}
