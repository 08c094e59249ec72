import type { AjvInstance } from '../ajv.ts';
import type { Bag } from './build-bags.ts';
import { walkSchema } from './walk-schema.ts';

export interface Occurrence {
  name: string;
  /** Document pointer of where it is written. */
  pointer: string;
  operationId: string;
}

/** Formats ajv does not know, and keywords it does not know (strict mode would refuse them), in a bag. */
export function scanBag(ajv: AjvInstance, bag: Bag): { formats: Occurrence[]; keywords: Occurrence[] } {
  const formats: Occurrence[] = [];
  const keywords: Occurrence[] = [];
  for (const [pointer, schema] of Object.entries(bag.schema.$defs)) {
    const operationId = bag.owners.get(pointer) ?? '';
    walkSchema(schema, (node, path) => {
      const at = { pointer: `${pointer}${path}`, operationId };
      if (typeof node.format === 'string' && ajv.formats[node.format] === undefined)
        formats.push({ name: node.format, ...at });
      for (const keyword of Object.keys(node)) {
        if (ajv.RULES.keywords[keyword] === undefined) keywords.push({ name: keyword, ...at });
      }
    });
  }
  return { formats, keywords };
}
