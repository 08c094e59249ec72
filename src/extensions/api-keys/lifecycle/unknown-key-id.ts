import type { CompiledOperation } from '../../../schema/types.ts';

/**
 * A key id no server has issued that the id parameter's schema still accepts: an unknown key must be told
 * apart from a malformed id. Undefined when no candidate fits the schema.
 */
export function unknownKeyId(
  operation: CompiledOperation,
  keyParam: string,
  seed: number,
): string | undefined {
  const hex = (seed >>> 0).toString(16).padStart(8, '0');
  const candidates = [`unknown-${hex}`, `key_unknown_${hex}`, `0${hex}`, String(2 ** 31 - 1 - (seed % 1000))];
  const schema = operation.parameters.find((p) => p.spec.in === 'path' && p.spec.name === keyParam)?.schema;
  if (schema === undefined) return candidates[0];
  return candidates.find(
    (text) =>
      schema.validate(text).length === 0 ||
      (/^\d+$/.test(text) && schema.validate(Number(text)).length === 0),
  );
}
