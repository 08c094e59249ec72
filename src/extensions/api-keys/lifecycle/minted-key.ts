import { findMintedObjects } from '../../../check/_internals/find-minted-objects.ts';
import type { Exchange } from '../../../http/types.ts';

/** A key a step minted: its id, its one-time value and everything else the answer said about it. */
export interface MintedKey {
  id: string;
  value: string;
  /** The minted object as answered, secret fields included (never reported as is). */
  object: Record<string, unknown>;
}

/** The first key a 2xx answer minted, or undefined. */
export function mintedKeyOf(exchange: Exchange, secretFields: readonly string[]): MintedKey | undefined {
  const { response } = exchange;
  if (response === undefined || response.status < 200 || response.status > 299 || response.json?.ok !== true)
    return undefined;
  const minted = findMintedObjects(response.json.value, secretFields)[0];
  const id = minted?.object['id'];
  return minted && typeof id === 'string' ? { id, value: minted.value, object: minted.object } : undefined;
}
