/** An object in a response body that carries a one-time secret. */
export interface MintedObject {
  /** JSON pointer of the object in the body. */
  pointer: string;
  object: Record<string, unknown>;
  /** The property holding the secret, and the secret. */
  field: string;
  value: string;
}

const MAX_DEPTH = 32;
/** A one-time key is a long token without spaces: shorter or spaced strings under a field named `value`
 * are ordinary data (`{"value": "active"}`) and would give false alarms. */
const MIN_SECRET_LENGTH = 8;

function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && value.length >= MIN_SECRET_LENGTH && !/\s/.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every object of a JSON body holding a secret-looking string under one of `secretFields` (e.g. `value`):
 * a freshly minted key. Depth-first, in document order.
 */
export function findMintedObjects(body: unknown, secretFields: readonly string[]): MintedObject[] {
  const found: MintedObject[] = [];
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    const entries = Array.isArray(node)
      ? node.map((item, index) => [String(index), item] as const)
      : Object.entries(node);
    if (isRecord(node)) {
      const field = secretFields.find((name) => looksLikeSecret(node[name]));
      const value = field === undefined ? undefined : node[field];
      if (field !== undefined && looksLikeSecret(value)) found.push({ pointer, object: node, field, value });
    }
    for (const [key, child] of entries)
      visit(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
  };
  visit(body, '', 0);
  return found;
}
