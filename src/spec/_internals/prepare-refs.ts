import { getAtPointer, toPointer } from '../../core/json-pointer.ts';
import { refToPointer } from './ref-pointer.ts';

/** What a `$ref` inside an extension is renamed to: extensions are not used, so they are not resolved. */
export const EXTENSION_REF = 'x-oac-extension-ref';
/** What a `$ref` whose target is missing is renamed to, so that bundling and validation go on. */
export const UNRESOLVED_REF = 'x-oac-unresolved-ref';

export interface RefAt {
  ref: string;
  /** JSON pointer of the object that holds the `$ref`. */
  at: string;
}

export interface PreparedRefs {
  /** The document, copied where a `$ref` was renamed (the original is not changed). */
  document: Record<string, unknown>;
  /** Some kept `$ref` leaves the document (another file or a URL): the document must be bundled. */
  external: boolean;
  /** `$ref`s whose target is missing, renamed to UNRESOLVED_REF. */
  unresolved: RefAt[];
  /** `$ref`s inside `x-*` extensions, renamed to EXTENSION_REF. */
  inExtensions: RefAt[];
}

/** Maps whose keys are names the author chose (a property may be called `x-id`), not fields of an object. */
const NAME_MAPS = new Set([
  ...['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependentRequired'],
  ...['headers', 'examples', 'encoding', 'links', 'callbacks', 'content', 'mapping', 'variables', 'scopes'],
  'webhooks',
]);

function isExtension(key: string, path: readonly string[]): boolean {
  if (!key.startsWith('x-')) return false;
  const owner = path.at(-1);
  return !(owner !== undefined && NAME_MAPS.has(owner)) && path.at(-2) !== 'components';
}

/** Sets a (possibly renamed) entry of a copied array or object. */
function setEntry(
  copy: Record<string, unknown> | unknown[],
  key: string,
  name: string,
  value: unknown,
): void {
  if (Array.isArray(copy)) {
    copy[Number(key)] = value;
    return;
  }
  if (name !== key) delete copy[key];
  copy[name] = value;
}

/**
 * One walk over the document's `$ref`s, before bundling and validation, so that what generation does not use
 * cannot stop the run: a `$ref` inside an `x-*` extension is never resolved, and one whose target is missing
 * (an internal pointer to nothing, or a file that does not exist) is set aside and listed; which operations
 * it breaks is decided later. `externalExists` says whether an external ref's target can be read (undefined:
 * leave it to the bundler). Copy-on-write: a document without such refs is returned as it is.
 */
export function prepareRefs(
  document: Record<string, unknown>,
  externalExists: (ref: string) => boolean,
): PreparedRefs {
  const prepared: PreparedRefs = { document, external: false, unresolved: [], inExtensions: [] };
  const found = new Map<string, boolean>();
  const exists = (ref: string): boolean => {
    const pointer = refToPointer(ref);
    if (pointer === undefined) return externalExists(ref);
    if (!found.has(pointer)) found.set(pointer, getAtPointer(document, pointer) !== undefined);
    return found.get(pointer) === true;
  };
  const path: string[] = [];
  const renameRef = (ref: string, inExtension: boolean): string => {
    const at = { ref, at: toPointer(path) };
    if (inExtension) prepared.inExtensions.push(at);
    else if (!exists(ref)) prepared.unresolved.push(at);
    else {
      if (refToPointer(ref) === undefined) prepared.external = true;
      return '$ref';
    }
    return inExtension ? EXTENSION_REF : UNRESOLVED_REF;
  };
  const walk = (node: unknown, inExtension: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node as Record<string, unknown>);
    let copy: Record<string, unknown> | unknown[] | undefined;
    for (const [key, value] of entries) {
      const isRef = key === '$ref' && typeof value === 'string' && !Array.isArray(node);
      const name = isRef ? renameRef(value, inExtension) : key;
      const next = isRef ? value : walkInto(key, value, inExtension || isExtension(key, path));
      if (name === key && next === value) continue;
      copy ??= Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Record<string, unknown>) };
      setEntry(copy, key, name, next);
    }
    return copy ?? node;
  };
  const walkInto = (key: string, value: unknown, inExtension: boolean): unknown => {
    path.push(key);
    const next = walk(value, inExtension);
    path.pop();
    return next;
  };
  prepared.document = walk(document, false) as Record<string, unknown>;
  return prepared;
}
