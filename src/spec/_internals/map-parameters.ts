import type { ParameterLocation, ParameterSpec, SchemaObject } from '../types.ts';
import { followRefs } from './follow-refs.ts';
import { asSchema, mapContent } from './map-content.ts';
import { isRecord } from './is-record.ts';

const LOCATIONS: readonly string[] = ['path', 'query', 'header', 'cookie'] satisfies ParameterLocation[];

function isLocation(value: unknown): value is ParameterLocation {
  return typeof value === 'string' && LOCATIONS.includes(value);
}

/** A parameter carries its schema in `schema`, or in the single media type of `content`. */
function parameterSchema(
  parameter: Record<string, unknown>,
  at: string,
): { schema?: SchemaObject; pointer: string } {
  const direct = asSchema(parameter.schema);
  if (direct !== undefined || parameter.content === undefined)
    return { schema: direct, pointer: `${at}/schema` };
  const [first] = mapContent(parameter.content, at);
  return first ?? { pointer: `${at}/schema` };
}

function mapParameter(document: unknown, raw: unknown, pointer: string): ParameterSpec | undefined {
  const { value, pointer: at } = followRefs(document, raw, pointer);
  if (!isRecord(value) || typeof value.name !== 'string' || !isLocation(value.in)) return undefined;
  const { schema, pointer: schemaPointer } = parameterSchema(value, at);
  return {
    name: value.name,
    in: value.in,
    // Path parameters are always required (OpenAPI), whatever the document says.
    required: value.in === 'path' || value.required === true,
    ...(schema === undefined ? {} : { schema }),
    ...(typeof value.style === 'string' ? { style: value.style } : {}),
    ...(typeof value.explode === 'boolean' ? { explode: value.explode } : {}),
    ...(value.allowEmptyValue === true ? { allowEmptyValue: true } : {}),
    deprecated: value.deprecated === true,
    pointer: schemaPointer,
  };
}

function mapList(document: unknown, list: unknown, pointer: string): ParameterSpec[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index) => mapParameter(document, raw, `${pointer}/${index}`) ?? []);
}

/** Header names are case-insensitive; other names are not. */
function keyOf(parameter: ParameterSpec): string {
  return `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

/** Path-level then operation-level parameters; an operation parameter replaces the path one (name + in). */
export function mapParameters(
  document: unknown,
  pathLevel: { list: unknown; pointer: string },
  operationLevel: { list: unknown; pointer: string },
): ParameterSpec[] {
  const merged = new Map<string, ParameterSpec>();
  for (const parameter of mapList(document, pathLevel.list, pathLevel.pointer))
    merged.set(keyOf(parameter), parameter);
  for (const parameter of mapList(document, operationLevel.list, operationLevel.pointer)) {
    merged.set(keyOf(parameter), parameter);
  }
  return [...merged.values()];
}
