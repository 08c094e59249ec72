import { toPointer } from '../../core/json-pointer.ts';
import { isRecord } from '../../spec/_internals/is-record.ts';
import { refToPointer } from '../../spec/_internals/ref-pointer.ts';
import { applyNullable } from './apply-nullable.ts';
import { bagRef } from './bag-ref.ts';
import { dropContextRequired } from './context-required.ts';
import { keepDiscriminator } from './discriminators.ts';
import { translateExclusiveBounds } from './exclusive-bounds.ts';
import { dropIdentityKeyword, IDENTITY_KEYWORDS } from './identity-keywords.ts';
import { mapKeywordValue } from './subschemas.ts';
import type { TranslationState } from './translation-state.ts';
import { translateUnicodePattern } from './unicode-pattern.ts';

/** OpenAPI-only keywords: documentation or hints, never constraints (discriminator only narrows oneOf). */
const OPENAPI_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator']);
/** What may stand beside a 3.0 `$ref` without being a constraint that 3.0 silently ignores. */
const ANNOTATIONS_BESIDE_REF = new Set([
  'title',
  'description',
  'summary',
  'readOnly',
  'writeOnly',
  'deprecated',
  'default',
  'examples',
]);

function isOpenApiOnly(keyword: string): boolean {
  return OPENAPI_ONLY.has(keyword) || keyword.startsWith('x-');
}

function rewriteRef(ref: string, path: string, state: TranslationState): string {
  const pointer = refToPointer(ref);
  if (pointer === undefined) {
    state.findings.push({
      code: 'unsupported-ref',
      severity: 'warning',
      message: `$ref ${ref} is not a pointer into the document`,
      path,
    });
    return ref;
  }
  state.refs.add(pointer);
  return bagRef(state.options.refPrefix, pointer);
}

/** 3.0: a `$ref` replaces its whole object; annotations are kept (they do not validate), the rest is dropped. */
function translateRef30(
  node: Record<string, unknown>,
  path: string,
  state: TranslationState,
): Record<string, unknown> {
  const out: Record<string, unknown> = { $ref: rewriteRef(String(node.$ref), path, state) };
  const ignored: string[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === '$ref' || keyword === 'nullable' || isOpenApiOnly(keyword)) continue;
    if (ANNOTATIONS_BESIDE_REF.has(keyword)) out[keyword] = value;
    else ignored.push(keyword);
  }
  if (ignored.length > 0) {
    const message = `${ignored.join(', ')} beside $ref ignored (OpenAPI 3.0: a $ref replaces its object)`;
    state.findings.push({ code: 'ref-siblings-ignored', severity: 'warning', message, path });
  }
  if (node.nullable !== true) return out;
  // OpenAPI 3.0 ignores a $ref's siblings, yet documents write this to mean "or null", and servers built from
  // them take null: applied, and said, since a server following the letter refuses null there.
  state.findings.push({
    code: 'nullable-beside-ref',
    severity: 'warning',
    message:
      'nullable: true beside $ref applied as "or null" (OpenAPI 3.0 ignores siblings of $ref; write allOf: [$ref] with nullable to be exact)',
    path,
  });
  return applyNullable(out);
}

function translateKeywords(
  node: Record<string, unknown>,
  segments: string[],
  state: TranslationState,
): Record<string, unknown> {
  const path = toPointer(segments);
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (isOpenApiOnly(keyword) || (keyword === 'nullable' && typeof value === 'boolean')) continue;
    if (IDENTITY_KEYWORDS.has(keyword)) dropIdentityKeyword(keyword, value, path, state);
    else if (keyword === '$ref' && typeof value === 'string') out.$ref = rewriteRef(value, path, state);
    else
      out[keyword] = mapKeywordValue(keyword, value, (child, below) =>
        translateNode(child, [...segments, ...below], state),
      );
  }
  return out;
}

/**
 * `nullable: true` (OpenAPI 3.0) lets null through. A 3.1 document that still writes it means the same: it is
 * read so, with a note, rather than left to reject null (a false accusation) or, without `type`, to make the
 * schema uncompilable.
 */
function nullableOf(
  out: Record<string, unknown>,
  path: string,
  state: TranslationState,
): Record<string, unknown> {
  if (state.options.dialect === '3.1') {
    const message =
      'nullable: true is the OpenAPI 3.0 form (3.1 writes type: [..., "null"]); read as 3.0: null allowed';
    state.findings.push({ code: 'nullable-in-3.1', severity: 'info', message, path });
  }
  return applyNullable(out);
}

/** One schema object and everything below it, from the document's dialect to JSON Schema 2020-12. */
export function translateNode(node: unknown, segments: string[], state: TranslationState): unknown {
  if (!isRecord(node)) return node;
  const path = toPointer(segments);
  if (state.options.dialect === '3.0' && typeof node.$ref === 'string')
    return translateRef30(node, path, state);
  const out = translateKeywords(node, segments, state);
  keepDiscriminator(node, out);
  translateExclusiveBounds(out, path, state);
  translateUnicodePattern(out, path, state);
  dropContextRequired(out, node, state);
  return node.nullable === true ? nullableOf(out, path, state) : out;
}
