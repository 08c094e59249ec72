import type { Exchange, ReceivedResponse } from '../http/types.ts';
import { findMintedObjects, type MintedObject } from './_internals/find-minted-objects.ts';
import { responseSchemaOf } from './_internals/response-schema-of.ts';
import { secretPropertyNames } from './_internals/secret-property-names.ts';
import { secretStrings } from './_internals/secret-strings.ts';
import type { CheckContext } from './types.ts';

const LABEL = 'minted value';
/** The display suffix of a key, when a check needs it; shown as is unless it gives away most of the value. */
const FINGERPRINT_FIELD = 'fingerprint';
const ID_FIELD = 'id';

function schemaSecretNames(ctx: CheckContext, response: ReceivedResponse): Iterable<string> {
  const schema = responseSchemaOf(ctx, response);
  return schema ? secretPropertyNames(schema) : [];
}

function rememberMinted(ctx: CheckContext, caseId: string, minted: MintedObject): void {
  const { memory } = ctx;
  if (!memory.mintedValues.has(minted.value)) memory.mintedValues.set(minted.value, caseId);
  const id = minted.object[ID_FIELD];
  if (typeof id === 'string' && id !== '' && !memory.mintedIds.has(id)) memory.mintedIds.set(id, caseId);
  // A "fingerprint" holding most of the value is as secret as the value itself.
  const fingerprint = minted.object[FINGERPRINT_FIELD];
  if (
    typeof fingerprint === 'string' &&
    minted.value.includes(fingerprint) &&
    fingerprint.length * 2 > minted.value.length
  ) {
    memory.redactor.add(fingerprint, LABEL);
  }
}

/**
 * Registers the secrets of a 2xx JSON response before any check runs: every string under a property named
 * in `options.secretFields` or marked `writeOnly` / `format: password` by the response schema goes to the
 * redactor; minted keys go to `memory.mintedValues` and their ids to `memory.mintedIds` (first minter wins).
 */
export function rememberSecrets(ctx: CheckContext, exchange: Exchange): void {
  const { response } = exchange;
  if (response === undefined || response.status < 200 || response.status > 299) return;
  if (response.json?.ok !== true) return;
  const body = response.json.value;
  const names = new Set([...ctx.options.secretFields, ...schemaSecretNames(ctx, response)]);
  for (const secret of secretStrings(body, names)) ctx.memory.redactor.add(secret, LABEL);
  for (const minted of findMintedObjects(body, ctx.options.secretFields))
    rememberMinted(ctx, exchange.case.id, minted);
}
