import { getAtPointer } from '../../core/json-pointer.ts';
import type { LoadedSpec, SchemaObject, SpecFinding } from '../../spec/types.ts';
import { translateSchema } from '../translate-schema.ts';
import type { JsonSchema, SchemaContext } from '../types.ts';
import type { RootSchema } from './collect-roots.ts';

export interface Bag {
  context: SchemaContext;
  /** `oac://request`: the bag's `$id` and the prefix of every `$ref` into it. */
  id: string;
  schema: { $id: string; $defs: Record<string, JsonSchema> };
  /** Which operation first needed each entry (for findings). */
  owners: Map<string, string>;
  /** The document pointers each entry `$ref`s (to find what a root needs without compiling it). */
  refs: Map<string, string[]>;
}

interface Pending {
  pointer: string;
  schema: unknown;
  operationId: string;
}

function isSchema(value: unknown): value is SchemaObject {
  return typeof value === 'boolean' || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

/** Translates the roots of one context and, transitively, every schema they `$ref`, into one bag. */
export function buildBag(
  spec: LoadedSpec,
  context: SchemaContext,
  roots: RootSchema[],
  findings: SpecFinding[],
): Bag {
  const id = `oac://${context}`;
  const bag: Bag = { context, id, schema: { $id: id, $defs: {} }, owners: new Map(), refs: new Map() };
  const queue: Pending[] = roots.filter((root) => root.context === context);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { pointer, schema, operationId } = next;
    if (bag.owners.has(pointer)) continue;
    bag.owners.set(pointer, operationId);
    if (!isSchema(schema)) continue; // a missing target: compiling what refers to it reports it
    const options = { dialect: spec.dialect, context, refPrefix: id, document: spec.document };
    const translated = translateSchema(schema, options);
    bag.schema.$defs[pointer] = translated.schema;
    bag.refs.set(pointer, translated.refs);
    for (const found of translated.findings) {
      findings.push({
        code: found.code,
        severity: found.severity,
        message: found.message,
        operationId,
        pointer: `${pointer}${found.path}`,
      });
    }
    for (const ref of translated.refs)
      queue.push({ pointer: ref, schema: getAtPointer(spec.document, ref), operationId });
  }
  return bag;
}
