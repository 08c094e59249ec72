import type { Exchange, ReceivedResponse } from '../http/types.ts';
import { findLeakedSecrets } from './_internals/find-leaked-secrets.ts';
import { findMintedObjects, type MintedObject } from './_internals/find-minted-objects.ts';
import { MINTED_LABEL, POSSIBLE_SECRET_LABEL } from './_internals/minted-label.ts';
import { operationSecretNames } from './_internals/operation-secret-names.ts';
import { rawSecrets } from './_internals/raw-secrets.ts';
import { requestEcho } from './_internals/request-echo.ts';
import { responseSchemaOf } from './_internals/response-schema-of.ts';
import { schemaPropertyNames } from '../schema/schema-property-names.ts';
import { secretStrings } from './_internals/secret-strings.ts';
import type { CheckContext } from './types.ts';

/** The display suffix of a key, when a check needs it; shown as is unless it gives away most of the value. */
const FINGERPRINT_FIELD = 'fingerprint';
const ID_FIELD = 'id';

function schemaSecretNames(ctx: CheckContext, response: ReceivedResponse): Iterable<string> {
  const schema = responseSchemaOf(ctx, response);
  return schema ? schemaPropertyNames(schema).secret : [];
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
    memory.redactor.add(fingerprint, MINTED_LABEL);
  }
}

function rememberParsed(ctx: CheckContext, exchange: Exchange, body: unknown): void {
  const response = exchange.response as ReceivedResponse;
  const names = new Set([...ctx.options.secretFields, ...schemaSecretNames(ctx, response)]);
  for (const secret of secretStrings(body, names)) ctx.memory.redactor.add(secret, MINTED_LABEL);
  for (const minted of findMintedObjects(body, ctx.options.secretFields))
    rememberMinted(ctx, exchange.case.id, minted);
}

/** A body of a minting operation that is not JSON: every secret-looking thing in its raw text is masked. */
function rememberRaw(ctx: CheckContext, exchange: Exchange, response: ReceivedResponse): void {
  const names = new Set([...ctx.options.secretFields, ...operationSecretNames(ctx).named]);
  const { fields, tokens } = rawSecrets(response.bodyText, names, requestEcho(exchange.request));
  for (const secret of fields) ctx.memory.redactor.add(secret, MINTED_LABEL);
  for (const secret of tokens) ctx.memory.redactor.add(secret, POSSIBLE_SECRET_LABEL);
}

/**
 * Registers the secrets of a response before any check runs, so no output can show them:
 * - a 2xx JSON answer: every string under a property named in `options.secretFields` or marked `writeOnly` /
 *   `format: password` by the response schema goes to the redactor; minted keys go to `memory.mintedValues`
 *   and their ids to `memory.mintedIds` (first minter wins);
 * - an answer of a minting operation that is not JSON (broken, cut): secret-field patterns and token-shaped
 *   runs of its raw text go to the redactor;
 * - any other answer: the secrets it should not hold (see findLeakedSecrets) go to the redactor.
 */
export function rememberSecrets(ctx: CheckContext, exchange: Exchange): void {
  const { response } = exchange;
  if (response === undefined) return;
  const success = response.status >= 200 && response.status <= 299;
  // Leaks first: once the redactor knows a fresh secret, it would look "known" to the checks.
  const leaks = success ? [] : findLeakedSecrets(ctx, exchange);
  if (success && response.json?.ok === true) rememberParsed(ctx, exchange, response.json.value);
  else if (response.json?.ok !== true && operationSecretNames(ctx).minted.size > 0)
    rememberRaw(ctx, exchange, response);
  for (const leak of leaks)
    ctx.memory.redactor.add(leak.value, leak.certain ? MINTED_LABEL : POSSIBLE_SECRET_LABEL);
}
