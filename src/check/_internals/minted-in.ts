import type { Exchange } from '../../http/types.ts';
import type { CheckContext } from '../types.ts';
import { findMintedObjects, type MintedObject } from './find-minted-objects.ts';

/** The minted objects of a 2xx JSON response; `[]` for anything else. */
export function mintedIn(ctx: CheckContext, exchange: Exchange): MintedObject[] {
  const { response } = exchange;
  if (response === undefined || response.status < 200 || response.status > 299) return [];
  if (response.json?.ok !== true) return [];
  return findMintedObjects(response.json.value, ctx.options.secretFields);
}
