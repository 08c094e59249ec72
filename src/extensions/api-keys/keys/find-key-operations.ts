import type { CompiledOperation, CompiledSpec } from '../../../schema/types.ts';
import { schemaPropertyNames } from '../../../schema/schema-property-names.ts';

/** The operations of a key's life cycle, found in the document by shape, not by name. */
export interface KeyOperations {
  /** POST on a collection whose 2xx answer holds a one-time secret (`value`). */
  create: CompiledOperation;
  /** GET on the same collection. */
  list?: CompiledOperation;
  /** DELETE on `<collection>/{id}`, or POST on `<collection>/{id}/<verb>` whose verb says revoke. */
  revoke?: CompiledOperation;
  /** POST on `<collection>/{id}/<verb>` whose verb says rotate, answering a new secret. */
  rotate?: CompiledOperation;
  /** The path parameter of revoke and rotate that names the key. */
  keyParam?: string;
}

const REVOKE = /revoke|deactivate|disable/i;
const ROTATE = /rotate|regenerate|roll/i;

function mintsSecret(operation: CompiledOperation, secretFields: readonly string[]): boolean {
  return operation.responses.some(
    (response) =>
      /^2/.test(response.spec.status) &&
      response.media.some((media) => {
        const names =
          media.schema === undefined
            ? new Set<string>()
            : new Set(schemaPropertyNames(media.schema).declared);
        return secretFields.some((field) => names.has(field));
      }),
  );
}

/** `{param, verb}` when the path is `<collection>/{param}` or `<collection>/{param}/<verb>`. */
function itemPath(collection: string, path: string): { param: string; verb?: string } | undefined {
  const match = /^\/\{([^}/]+)\}(?:\/([^/{}]+))?$/.exec(path.slice(collection.length));
  if (!path.startsWith(collection) || match?.[1] === undefined) return undefined;
  return { param: match[1], verb: match[2] };
}

function itemOperation(
  spec: CompiledSpec,
  collection: string,
  accepts: (method: string, words: string) => boolean,
): { operation: CompiledOperation; param: string } | undefined {
  for (const operation of spec.operations) {
    const { method, path, operationId } = operation.operation;
    const item = itemPath(collection, path);
    if (item !== undefined && accepts(method, `${item.verb ?? ''} ${operationId}`))
      return { operation, param: item.param };
  }
  return undefined;
}

/**
 * The create, list, revoke and rotate operations of a resource that mints one-time secrets, or undefined when
 * the document has no creating operation. The collection with the most life-cycle operations wins.
 */
export function findKeyOperations(
  spec: CompiledSpec,
  secretFields: readonly string[],
): KeyOperations | undefined {
  const candidates = spec.operations
    .filter((op) => op.operation.method === 'post' && mintsSecret(op, secretFields))
    .map((create) => {
      const collection = create.operation.path;
      const list = spec.operations.find(
        (op) => op.operation.method === 'get' && op.operation.path === collection,
      );
      const revoke = itemOperation(spec, collection, (method, words) =>
        method === 'delete' ? !ROTATE.test(words) : method === 'post' && REVOKE.test(words),
      );
      const rotate = itemOperation(
        spec,
        collection,
        (method, words) => method === 'post' && ROTATE.test(words),
      );
      const keyParam = revoke?.param ?? rotate?.param;
      return { create, list, revoke: revoke?.operation, rotate: rotate?.operation, keyParam };
    });
  const score = (ops: KeyOperations): number => [ops.list, ops.revoke, ops.rotate].filter(Boolean).length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}
