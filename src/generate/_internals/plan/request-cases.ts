import type { Reason, RequestCase } from '../../types.ts';
import { setOwn } from '../../../core/own-property.ts';
import { acceptsMediaType, type JsonBody } from './json-body.ts';
import { makeCase, type CaseFields, type PlanContext } from './plan-context.ts';

const MIB = 1024 * 1024;

function requestReason(keyword: string, description: string): Reason {
  return { location: 'request', keyword, schemaPath: '', instancePath: '', description };
}

/**
 * Request-level faults for an operation with a JSON body. Where the document leaves the body optional, a
 * request without one is valid by the letter of OpenAPI: it is expected accepted, and a 400 is tolerated
 * when the schema requires properties (a server that insists on them is not accused).
 */
export function requestCases(
  ctx: PlanContext,
  largeBodyBytes = 4 * MIB,
): { cases: RequestCase[]; dropped: string[] } {
  const body = ctx.body;
  if (body === undefined || ctx.exampleBody === undefined) return { cases: [], dropped: [] };
  const text = JSON.stringify(ctx.exampleBody);
  const raw = (content: string, contentType: string | undefined, note: string): CaseFields['body'] =>
    contentType === undefined
      ? { kind: 'raw', text: content, note }
      : { kind: 'raw', text: content, contentType, note };
  const fields = [
    rejected(
      'malformedJson',
      'truncated JSON body',
      raw(text.slice(0, -1), body.mediaType, 'truncated JSON'),
    ),
    ...(body.required ? requiredBodyFields(body, text, raw) : optionalBodyFields(body, text, raw)),
  ];
  const large = largeBody(ctx, body, largeBodyBytes);
  if (large) fields.push(large);
  if (!acceptsMediaType(ctx.operation, 'text/plain')) {
    const plain = raw(text, 'text/plain', 'valid JSON, wrong content type');
    fields.push({ ...rejected('contentType', 'JSON sent as text/plain', plain), tolerated: [415] });
  }
  const dropped = large ? [] : ['request: bodyTooLarge (an oversize body is valid by the schema)'];
  return { cases: fields.map((field, index) => makeCase(ctx, 'request', index, field)), dropped };
}

type Raw = (content: string, contentType: string | undefined, note: string) => CaseFields['body'];

function rejected(keyword: string, description: string, caseBody: CaseFields['body']): CaseFields {
  const reason = requestReason(keyword, description);
  return { body: caseBody, expect: 'rejected', title: description, reason, tags: [keyword] };
}

/** A required body: leaving it out, sending it empty or without Content-Type are faults. */
function requiredBodyFields(body: JsonBody, text: string, raw: Raw): CaseFields[] {
  const noType = raw(text, undefined, 'valid JSON without Content-Type');
  return [
    // Without a body there is no Content-Type either: 415 is as right an answer as 400.
    {
      ...rejected('missingBody', 'no body although the body is required', { kind: 'none' }),
      tolerated: [415],
    },
    rejected('emptyBody', `empty body sent as ${body.mediaType}`, raw('', body.mediaType, 'empty body')),
    { ...rejected('contentType', 'JSON body without Content-Type', noType), tolerated: [415] },
  ];
}

/** An optional body: leaving it out (or sending what a server may read as no body) is valid. */
function optionalBodyFields(body: JsonBody, text: string, raw: Raw): CaseFields[] {
  const needsProperties = body.schema.validate({}).some((error) => error.keyword === 'required');
  const accepted = (
    title: string,
    caseBody: CaseFields['body'],
    tolerated: number[],
    tag: string,
  ): CaseFields =>
    tolerated.length > 0
      ? { body: caseBody, expect: 'accepted', title, tags: [tag], tolerated }
      : { body: caseBody, expect: 'accepted', title, tags: [tag] };
  const empty = raw('', body.mediaType, 'empty body');
  const noType = raw(text, undefined, 'valid JSON without Content-Type');
  return [
    accepted(
      'no body (the document leaves the body optional)',
      { kind: 'none' },
      needsProperties ? [400] : [],
      'bodyless',
    ),
    accepted(
      `empty body sent as ${body.mediaType} (the body is optional)`,
      empty,
      [400],
      'bodyless-equivalent',
    ),
    accepted(
      'JSON body without Content-Type (the body is optional)',
      noType,
      [400, 415],
      'bodyless-equivalent',
    ),
  ];
}

/** The oversize text, made once per size: every operation's plan shares it (a plan holds its cases). */
const HUGE = new Map<number, { text: string; json: string }>();

function hugeText(bytes: number): { text: string; json: string } {
  let huge = HUGE.get(bytes);
  if (huge === undefined) {
    const text = 'a'.repeat(bytes);
    huge = { text, json: JSON.stringify(text) };
    HUGE.set(bytes, huge);
  }
  return huge;
}

/**
 * A body of several MiB that the schema rejects: a huge string at the root (rejected by any schema that
 * wants something else), or the example body with a huge string in one of its string properties.
 */
function largeBody(ctx: PlanContext, body: JsonBody, bytes: number): CaseFields | undefined {
  const huge = hugeText(bytes);
  const candidates: { value: unknown; text: () => string }[] = [{ value: huge.text, text: () => huge.json }];
  const example = ctx.exampleBody;
  if (example !== null && typeof example === 'object' && !Array.isArray(example)) {
    for (const [key, value] of Object.entries(example)) {
      if (typeof value !== 'string') continue;
      const copy: Record<string, unknown> = { ...example };
      setOwn(copy, key, huge.text);
      candidates.push({ value: copy, text: () => JSON.stringify(copy) });
    }
  }
  const invalid = candidates.find((candidate) => body.schema.validate(candidate.value).length > 0);
  if (invalid === undefined) return undefined;
  const size = `${(bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1)} MiB`;
  const description = `a ${size} body`;
  const raw = {
    kind: 'raw' as const,
    text: invalid.text(),
    contentType: body.mediaType,
    note: `${size} of JSON`,
  };
  return { ...rejected('bodyTooLarge', description, raw), tolerated: [413] };
}
