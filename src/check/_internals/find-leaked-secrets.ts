import type { Exchange, ReceivedResponse } from '../../http/types.ts';
import { escapePointerSegment } from '../../core/json-pointer.ts';
import type { CheckContext } from '../types.ts';
import { MINTED_LABEL } from './minted-label.ts';
import { mintedShapeMatcher } from './minted-shapes.ts';
import { operationSecretNames } from './operation-secret-names.ts';
import { rawFieldValues } from './raw-field-values.ts';
import { requestEcho } from './request-echo.ts';
import { tokenRuns } from './token-runs.ts';

/** A secret an answer holds, and how it was recognised. */
export interface LeakedSecret {
  /** `known-value`: learnt earlier in the run; `secret-field`: under a secret-named property;
   * `minted-shape`: shaped like the values the run has minted. */
  kind: 'known-value' | 'secret-field' | 'minted-shape';
  value: string;
  /** A JSON pointer in the body, `body` for raw text. */
  where: string;
  /** The property, for `secret-field`. */
  field?: string;
  /** False for a shape without a prefix: worth a note, not an accusation. */
  certain: boolean;
}

const MAX_DEPTH = 32;
/** Shorter or spaced strings under a secret-named field are ordinary data (`{"value": "active"}`). */
const MIN_SECRET_LENGTH = 8;

function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && value.length >= MIN_SECRET_LENGTH && !/\s/.test(value);
}

function fieldLeaks(
  body: unknown,
  names: ReadonlySet<string>,
  isEcho: (s: string) => boolean,
): LeakedSecret[] {
  const found: LeakedSecret[] = [];
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const where = `${pointer}/${escapePointerSegment(key)}`;
      if (names.has(key) && looksLikeSecret(child) && !isEcho(child))
        found.push({ kind: 'secret-field', value: child, where, field: key, certain: true });
      else visit(child, where, depth + 1);
    }
  };
  visit(body, '', 0);
  return found;
}

function textOf(exchange: Exchange): string {
  const response = exchange.response;
  return response === undefined ? '' : `${response.bodyText}\n${Object.values(response.headers).join('\n')}`;
}

/** Found once per exchange, before remember-secrets teaches them to the redactor (which would make a fresh
 * secret look "known" to the checks that run after). */
const found = new WeakMap<Exchange, LeakedSecret[]>();

/**
 * The secrets an answer holds that are not an echo of its request: values minted earlier in the run,
 * strings under a secret-named property (`value` declared by a 2xx schema, `writeOnly`, `format: password`;
 * in the raw text when the body is not JSON), and strings with the shape of the run's minted values.
 */
export function findLeakedSecrets(ctx: CheckContext, exchange: Exchange): LeakedSecret[] {
  const cached = found.get(exchange) ?? scan(ctx, exchange);
  found.set(exchange, cached);
  return cached;
}

function namedLeaks(
  response: ReceivedResponse,
  named: ReadonlySet<string>,
  isEcho: (s: string) => boolean,
): LeakedSecret[] {
  if (named.size === 0) return [];
  if (response.json?.ok === true) return fieldLeaks(response.json.value, named, isEcho);
  return rawFieldValues(response.bodyText, named)
    .filter(({ value }) => looksLikeSecret(value) && !isEcho(value))
    .map(({ field, value }) => ({ kind: 'secret-field', value, where: 'body', field, certain: true }));
}

function shapeLeaks(ctx: CheckContext, text: string, isEcho: (s: string) => boolean): LeakedSecret[] {
  if (ctx.memory.mintedValues.size === 0) return [];
  const shape = mintedShapeMatcher(ctx.memory.mintedValues);
  return tokenRuns(text).flatMap((run) => {
    const verdict = isEcho(run) ? undefined : shape(run);
    return verdict === undefined
      ? []
      : [{ kind: 'minted-shape' as const, value: run, where: 'body', certain: verdict === 'certain' }];
  });
}

function scan(ctx: CheckContext, exchange: Exchange): LeakedSecret[] {
  const { response } = exchange;
  if (response === undefined) return [];
  const isEcho = requestEcho(exchange.request);
  const text = textOf(exchange);
  const known: LeakedSecret[] = ctx.memory.redactor
    .find(text)
    .filter(({ label, secret }) => label === MINTED_LABEL && !isEcho(secret))
    .map(({ secret }) => ({ kind: 'known-value', value: secret, where: 'answer', certain: true }));
  const leaks = [
    ...known,
    ...namedLeaks(response, operationSecretNames(ctx).named, isEcho),
    ...shapeLeaks(ctx, text, isEcho),
  ];
  const seen = new Set<string>();
  // Not capped: every one must reach the redactor.
  return leaks.filter(({ value }) => !seen.has(value) && seen.add(value));
}
