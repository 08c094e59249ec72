import { getAtPointer } from '../../../core/json-pointer.ts';
import { pointerOfBagRef } from '../../../schema/_internals/bag-ref.ts';
import { translateSchema } from '../../../schema/translate-schema.ts';
import type { JsonSchema, SchemaContext } from '../../../schema/types.ts';
import { isRecord } from '../../../spec/_internals/is-record.ts';
import type { LoadedSpec } from '../../../spec/types.ts';
import { mergeSchemas, type SchemaNode } from './merge-schemas.ts';

const PREFIX = 'oac://diff';

/** `false` as a schema: nothing is valid. */
export const NEVER: SchemaNode = Object.freeze({ not: {} });

export interface ResolvedSchema {
  /** `$ref`s followed and `allOf`s merged at this level (not below); boolean schemas as `{}` or NEVER. */
  schema: SchemaNode;
  /** The document pointers of the `$ref`s followed to get here (`` for an inline schema): cuts cycles. */
  id: string;
}

/** One document's schemas, for one side of the exchange, as JSON Schema 2020-12. */
export interface SchemaView {
  context: SchemaContext;
  /** Translates a schema as written in the document (3.0 or 3.1) into 2020-12. */
  root(schema: unknown): JsonSchema;
  resolve(node: unknown): ResolvedSchema;
}

function combine(parts: ResolvedSchema[]): ResolvedSchema {
  const schemas = parts.map((part) => part.schema);
  if (schemas.includes(NEVER)) return { schema: NEVER, id: '' };
  const [first = {}, ...rest] = schemas;
  const id = parts
    .map((part) => part.id)
    .filter((part) => part !== '')
    .join('&');
  return { schema: rest.reduce(mergeSchemas, first), id };
}

/**
 * Translates schemas the way the validator sees them (3.0 `nullable` and boolean exclusive bounds rewritten,
 * readOnly/writeOnly taken out of `required` for the context), so documents of either dialect compare alike.
 * `$ref`s are followed one level at a time: a recursive schema never makes the view loop.
 */
export function createSchemaView(spec: LoadedSpec, context: SchemaContext): SchemaView {
  const options = { dialect: spec.dialect, context, refPrefix: PREFIX, document: spec.document };
  const translated = new Map<string, JsonSchema>();
  const root = (schema: unknown): JsonSchema =>
    isRecord(schema) || typeof schema === 'boolean' ? translateSchema(schema, options).schema : true;

  function target(pointer: string): JsonSchema {
    const cached = translated.get(pointer) ?? root(getAtPointer(spec.document, pointer));
    translated.set(pointer, cached);
    return cached;
  }

  function resolveNode(node: unknown, seen: ReadonlySet<string>): ResolvedSchema {
    if (!isRecord(node)) return { schema: node === false ? NEVER : {}, id: '' };
    const { $ref, allOf, ...own } = node;
    const parts: ResolvedSchema[] = [{ schema: own, id: '' }];
    const pointer = typeof $ref === 'string' ? pointerOfBagRef(PREFIX, $ref) : undefined;
    // A `$ref` that leads back to itself through `$ref`s and `allOf`s alone adds no constraint.
    if (pointer !== undefined && !seen.has(pointer)) {
      const followed = resolveNode(target(pointer), new Set([...seen, pointer]));
      parts.push({ schema: followed.schema, id: [pointer, followed.id].filter(Boolean).join('&') });
    }
    if (Array.isArray(allOf)) parts.push(...allOf.map((member) => resolveNode(member, seen)));
    return combine(parts);
  }

  return { context, root, resolve: (node) => resolveNode(node, new Set()) };
}
