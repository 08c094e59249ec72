import { mediaTypeOf } from '../../core/media-type.ts';
import type { ReceivedResponse } from '../../http/types.ts';
import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import { noted } from '../_internals/noted.ts';
import { responseSchemaOf } from '../_internals/response-schema-of.ts';
import { schemaPartsAt } from '../_internals/schema-parts-at.ts';
import type { Check, CheckContext, CheckOutcome } from '../types.ts';

const PROBLEM_JSON = 'application/problem+json';
const MEMBER = 'status';

function isNumericType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.includes('integer') || types.includes('number');
}

/** RFC 9457 problem details, or a schema whose root declares a numeric `status` member. */
function declaresStatusMember(ctx: CheckContext, response: ReceivedResponse): boolean {
  if (mediaTypeOf(response.headers['content-type']) === PROBLEM_JSON) return true;
  const schema = responseSchemaOf(ctx, response);
  const parts = schema === undefined ? undefined : schemaPartsAt(schema, `/${MEMBER}`);
  return parts?.some((part) => isNumericType(part.type)) ?? false;
}

function memberOf(response: ReceivedResponse): unknown {
  if (response.json?.ok !== true) return undefined;
  const body = response.json.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  return (body as Record<string, unknown>)[MEMBER];
}

function mismatch(ctx: CheckContext, response: ReceivedResponse, said: number): CheckOutcome {
  // A value that is no HTTP status may mean something else (an application code): not certain, noted.
  if (!Number.isInteger(said) || said < 100 || said > 599)
    return noted(ctx, `a ${response.status} answer's body has status ${said}, which is no HTTP status`);
  return failed(
    ctx,
    `a ${response.status} answer's problem body says status ${said}`,
    {
      expected: `status ${response.status} in the body, as in the HTTP status line (RFC 9457)`,
      actual: `status ${said}`,
      status: response.status,
      excerpt: bodyExcerpt(ctx, response),
    },
    `problem-status:${response.status}:${said}`,
  );
}

export const problemStatusMatches: Check = {
  name: 'problem_status_matches',
  severity: 'medium',
  origin: 'schema',
  description:
    "An error answer's problem body `status` member equals the HTTP status (RFC 9457; or where the schema declares a numeric `status`).",
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    if (response.status < 400) return { status: 'skipped', why: 'not an error answer' };
    const said = memberOf(response);
    if (typeof said !== 'number') return { status: 'skipped', why: 'no numeric status member in the body' };
    if (!declaresStatusMember(ctx, response))
      return { status: 'skipped', why: 'no status member declared and not problem+json' };
    return said === response.status ? { status: 'passed' } : mismatch(ctx, response, said);
  },
};
