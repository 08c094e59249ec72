import type { Redactor } from '../../../core/redact.ts';
import type { Exchange } from '../../../http/types.ts';
import { describeLengths } from '../../../core/unicode.ts';
import { failed } from '../../../check/_internals/failed.ts';
import { declaredPropertiesAt } from '../../../check/_internals/declared-properties-at.ts';
import type { MintedObject } from '../../../check/_internals/find-minted-objects.ts';
import { mintedIn } from '../../../check/_internals/minted-in.ts';
import { responseSchemaOf } from '../../../check/_internals/response-schema-of.ts';
import type { Check, CheckContext } from '../../../check/types.ts';

type Scalar = string | number | boolean | null;

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON object actually sent (unique tags included), else the case's own value. */
function sentObject(exchange: Exchange): Record<string, unknown> | undefined {
  const { body } = exchange.case;
  if (body.kind !== 'json') return undefined;
  try {
    const sent: unknown = JSON.parse(exchange.request.bodyText ?? '');
    if (isRecord(sent)) return sent;
  } catch {
    // The recorded text is the stringified value: fall back to it.
  }
  return isRecord(body.value) ? body.value : undefined;
}

/** A value for the message: redacted before it is cut, so a secret is never shown in part. */
function preview(redactor: Redactor, value: unknown): string {
  const text = redactor.redact(JSON.stringify(value) ?? String(value));
  if (text.length <= 80) return text;
  return `${text.slice(0, 60)}… (${typeof value === 'string' ? describeLengths(value) : `${text.length} characters`})`;
}

interface Problem {
  field: string;
  text: string;
}

/** Scalar fields sent that the key carries, or that its schema declares, and that do not come back equal. */
function echoProblems(
  ctx: CheckContext,
  exchange: Exchange,
  minted: MintedObject,
  sent: Record<string, unknown>,
): Problem[] {
  const { redactor } = ctx.memory;
  const schema = exchange.response && responseSchemaOf(ctx, exchange.response);
  const declared = schema ? declaredPropertiesAt(schema, minted.pointer) : new Set<string>();
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(sent)) {
    if (!isScalar(value) || field === minted.field || ctx.options.secretFields.includes(field)) continue;
    const returned = minted.object[field];
    if (returned === value || (returned === undefined && !declared.has(field))) continue;
    const got = field in minted.object ? `returned ${preview(redactor, returned)}` : 'not returned';
    problems.push({ field, text: `${field}: sent ${preview(redactor, value)}, ${got}` });
  }
  return problems;
}

export const mintedKeyEchoesRequest: Check = {
  name: 'minted_key_echoes_request',
  severity: 'medium',
  origin: 'description',
  description:
    'Each scalar field of the request body that the minted key carries or declares (name, expiresAt) is echoed exactly.',
  run(ctx, exchange) {
    // An invalid request that minted a key is negative_data_rejection's finding; what it echoes is moot.
    if (exchange.case.expect === 'rejected') return { status: 'skipped', why: 'an invalid request' };
    const minted = mintedIn(ctx, exchange);
    const sent = sentObject(exchange);
    if (minted.length === 0 || sent === undefined) {
      return { status: 'skipped', why: 'no minted key for a JSON request' };
    }
    const problems = minted.flatMap((object) => echoProblems(ctx, exchange, object, sent));
    if (problems.length === 0) return { status: 'passed' };
    const actual = problems.map((problem) => problem.text).join('; ');
    const fields = [...new Set(problems.map((problem) => problem.field))].sort();
    return failed(
      ctx,
      `the minted key does not echo the request: ${actual}`,
      { expected: `${fields.join(', ')} as sent`, actual, status: exchange.response?.status },
      `echo:${fields.join(',')}`,
    );
  },
};
