import { getAtPointer } from '../../core/json-pointer.ts';
import { isRecord } from '../../spec/_internals/is-record.ts';
import { refToPointer } from '../../spec/_internals/ref-pointer.ts';
import type { TranslationState } from './translation-state.ts';

const MAX_HOPS = 32;

/** True when the schema, or any schema its `$ref` chain leads to, sets `flag: true`. */
function isFlagged(document: unknown, schema: unknown, flag: 'readOnly' | 'writeOnly'): boolean {
  let node = schema;
  for (let hop = 0; hop < MAX_HOPS && isRecord(node); hop++) {
    if (node[flag] === true) return true;
    const target = typeof node.$ref === 'string' ? refToPointer(node.$ref) : undefined;
    if (target === undefined || document === undefined) return false;
    node = getAtPointer(document, target);
  }
  return false;
}

/**
 * A readOnly property need not be sent in a request, a writeOnly one is not returned in a response: it
 * leaves `required` in that context. It stays in `properties` (sending it is allowed; generators skip it).
 */
export function dropContextRequired(
  out: Record<string, unknown>,
  source: Record<string, unknown>,
  state: TranslationState,
): void {
  const properties = source.properties;
  if (!Array.isArray(out.required) || !isRecord(properties)) return;
  const flag = state.options.context === 'request' ? 'readOnly' : 'writeOnly';
  const document = state.options.document;
  const kept = out.required.filter(
    (name) => typeof name !== 'string' || !isFlagged(document, properties[name], flag),
  );
  if (kept.length === out.required.length) return;
  if (kept.length === 0) delete out.required;
  else out.required = kept;
}
