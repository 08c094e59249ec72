import { DISCRIMINATORS } from './_internals/discriminators.ts';
import type { JsonSchema } from './types.ts';

/** An OpenAPI discriminator: which property names the branch, and which value names which schema. */
export interface Discriminator {
  propertyName: string;
  /** Discriminator value -> document pointer of the schema it selects (`mapping`, names made pointers). */
  mapping: Record<string, string>;
}

/**
 * The discriminator the document wrote on this (translated) schema object. JSON Schema has no such keyword,
 * so translation drops it for ajv (oneOf/anyOf alone validate) and keeps it here, for generators: a value
 * built from one branch must carry that branch's discriminator value.
 */
export function discriminatorOf(schema: JsonSchema): Discriminator | undefined {
  return typeof schema === 'object' ? DISCRIMINATORS.get(schema) : undefined;
}
