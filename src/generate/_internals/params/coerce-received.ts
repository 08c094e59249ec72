import type { JsonSchema } from '../../../schema/types.ts';
import type { GenContext } from '../gen-context.ts';
import { generationTypes, type JsonType } from '../json-types.ts';
import { undeclaredSchema } from '../object-arbitrary.ts';
import { isJsonSchema, schemaArray, schemaMap } from '../schema-object.ts';
import { viewOf, type SchemaView } from '../schema-view.ts';
import type { ExpectedShape, Received } from './decode-parameter.ts';

/** Numbers as JSON writes them (and as `String(number)` does): the only texts read as numbers. */
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** The types a node allows, looking into its anyOf/oneOf branches when it declares none itself. */
function typesOf(view: SchemaView): JsonType[] | undefined {
  const own = generationTypes(view.schema);
  if (own !== undefined) return own;
  const branches = [...schemaArray(view.schema, 'anyOf'), ...schemaArray(view.schema, 'oneOf')];
  const found = branches.flatMap((branch) => typesOf(viewOf(branch, view.ctx)) ?? []);
  return found.length > 0 ? [...new Set(found)] : undefined;
}

/** The shape a server parses a parameter into for this schema: arrays and objects are split, the rest is not. */
export function expectedShape(schema: JsonSchema | undefined, ctx: GenContext): ExpectedShape {
  const types = typesOf(viewOf(schema, ctx));
  if (types?.includes('array')) return 'array';
  if (types?.includes('object')) return 'object';
  return 'scalar';
}

/** A text as a server converts it for the schema's type: kept when strings are allowed, else a number, boolean or null. */
function coerceText(text: string, types: JsonType[] | undefined): unknown {
  if (types === undefined || types.includes('string')) return text;
  for (const type of types) {
    if (type === 'integer' && NUMBER.test(text) && Number.isInteger(Number(text))) return Number(text);
    if (type === 'number' && NUMBER.test(text)) return Number(text);
    if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
    if (type === 'null' && text === '') return null;
  }
  return text;
}

function itemSchema(view: SchemaView, index: number): JsonSchema {
  const prefix = schemaArray(view.schema, 'prefixItems')[index];
  if (prefix !== undefined) return prefix;
  const items = view.schema.items;
  return isJsonSchema(items) ? items : true;
}

function propertySchema(view: SchemaView, key: string): JsonSchema {
  const declared = schemaMap(view.schema, 'properties').find(([name]) => name === key);
  return declared?.[1] ?? undeclaredSchema(view, key);
}

/**
 * The value a server validates: the texts it read from the parameter, converted to the types the schema
 * allows (as ajv's `coerceTypes` would, but only for canonical numbers, `true`/`false` and empty-as-null).
 */
export function coerceReceived(received: Received, schema: JsonSchema | undefined, ctx: GenContext): unknown {
  if ('json' in received) return received.json;
  const view = viewOf(schema, ctx);
  const texts = received.texts;
  if (typeof texts === 'string') return coerceText(texts, typesOf(view));
  if (Array.isArray(texts))
    return texts.map((text, index) => coerceText(text, typesOf(viewOf(itemSchema(view, index), view.ctx))));
  const out: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(texts)) {
    Object.defineProperty(out, key, {
      value: coerceText(String(text), typesOf(viewOf(propertySchema(view, key), view.ctx))),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
