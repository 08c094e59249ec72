import { getAtPointer } from '../../core/json-pointer.ts';

type Node = Record<string, unknown>;

const object = (value: unknown): Node | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;

/**
 * An id as a path value: a non-empty string or an integer, with its exact digits (a BigInt from exactJson past
 * 2^53). A rounded number is no id: it names another resource.
 */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'bigint') return String(value);
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

/** `thingId`, `thing_id` -> `thing`; `id` -> ''. */
function stemOf(param: string): string {
  return param.replace(/[-_]?id$/i, '').toLowerCase();
}

/** In one object: the parameter's own name, then `id`. */
function idIn(node: Node | undefined, param: string): string | undefined {
  return node === undefined ? undefined : (scalar(node[param]) ?? scalar(node['id']));
}

/**
 * The id a 2xx answer gives a path parameter: at the link's pointer when the document links them; else by
 * name, at the root (`{id}`, `{thingId}`) or one level down in a property named like the parameter
 * (`{thing: {id}}`, `{apiKey: {id}}` for `keyId`), or the only nested object that has an id.
 */
export function idFromAnswer(body: unknown, param: string, pointer?: string): string | undefined {
  if (pointer !== undefined) return scalar(getAtPointer(body, pointer));
  const root = object(body);
  const atRoot = idIn(root, param);
  if (atRoot !== undefined || root === undefined) return atRoot;
  const stem = stemOf(param);
  const nested = Object.entries(root).flatMap(([name, value]) => {
    const id = idIn(object(value), param);
    return id === undefined ? [] : [{ name: name.toLowerCase(), id }];
  });
  const named = stem === '' ? undefined : nested.find(({ name }) => name.includes(stem));
  return named?.id ?? (nested.length === 1 ? nested[0]?.id : undefined);
}
