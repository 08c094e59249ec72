import { describeSchemaError } from '../schema/describe-schema-error.ts';
import type { CompiledSchema } from '../schema/types.ts';
import type { FaultName } from './faults.ts';
import { problem } from './problem.ts';
import type { MockReply } from './types.ts';
import {
  coerceNumericStrings,
  isForgiven,
  loosenBody,
  validateCountingLengths,
} from './validation-faults.ts';

export type BodyVerdict = { ok: true; body: unknown } | { ok: false; reply: MockReply };

/** Enough to say what is wrong without flooding the detail. */
const MAX_DESCRIBED = 5;

function crashes(body: unknown, faults: ReadonlySet<FaultName>): boolean {
  const name =
    body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['name'] : undefined;
  return faults.has('null-name-500') && name === null;
}

/** Checks a decoded body against the operation's compiled schema; a 400 names every problem found. */
export function validateBody(
  schema: CompiledSchema,
  body: unknown,
  faults: ReadonlySet<FaultName>,
): BodyVerdict {
  if (crashes(body, faults))
    return { ok: false, reply: problem(500, "Cannot read properties of null (reading 'trim')") };
  const loose = loosenBody(body, faults);
  const input = faults.has('string-expiry') ? coerceNumericStrings(schema, loose) : loose;
  const errors = validateCountingLengths(schema, input, faults).filter(
    (error) => !isForgiven(error, input, faults),
  );
  if (errors.length === 0) return { ok: true, body: input };
  const described = errors.slice(0, MAX_DESCRIBED).map(describeSchemaError);
  const more = errors.length > MAX_DESCRIBED ? `; and ${errors.length - MAX_DESCRIBED} more` : '';
  return { ok: false, reply: problem(400, `the request body is invalid: ${described.join('; ')}${more}`) };
}
