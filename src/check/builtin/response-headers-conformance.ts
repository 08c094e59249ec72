import type { CompiledResponse, CompiledSchema } from '../../schema/types.ts';
import { describeSchemaErrors } from '../_internals/describe-schema-errors.ts';
import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import type { Check } from '../types.ts';

/** Header values are text: a number or boolean schema is tried on the coerced value too. */
function candidates(value: string): unknown[] {
  const out: unknown[] = [value];
  if (/^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) out.push(Number(value));
  if (value === 'true' || value === 'false') out.push(value === 'true');
  return out;
}

function headerProblem(schema: CompiledSchema | undefined, name: string, value: string): string | undefined {
  if (schema === undefined) return undefined;
  const results = candidates(value).map((candidate) => schema.validate(candidate));
  if (results.some((errors) => errors.length === 0)) return undefined;
  // The most coerced reading explains best (`-1` fails `minimum`, not `type`).
  return `${name}: ${describeSchemaErrors(results[results.length - 1] ?? [])}`;
}

function problemsOf(declared: CompiledResponse, headers: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const header of declared.headers) {
    const name = header.name.toLowerCase();
    // OpenAPI: a declared Content-Type header is ignored (the media types say it).
    if (name === 'content-type') continue;
    const value = headers[name];
    if (value === undefined) {
      if (header.required) problems.push(`${name}: required, missing`);
      continue;
    }
    const problem = headerProblem(header.schema, name, value);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

export const responseHeadersConformance: Check = {
  name: 'response_headers_conformance',
  severity: 'low',
  origin: 'schema',
  description:
    'Declared required response headers are present and every declared header value is valid against its schema.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    const declared = ctx.operation.responseFor(response.status);
    if (declared === undefined) return { status: 'skipped', why: 'status not declared' };
    const problems = problemsOf(declared, response.headers);
    if (problems.length === 0) return { status: 'passed' };
    const names = problems.map((problem) => problem.split(':')[0] ?? '').sort();
    return failed(
      ctx,
      `${response.status} headers do not conform: ${problems.join('; ')}`,
      {
        expected: declared.headers.map((h) => `${h.name}${h.required ? ' (required)' : ''}`).join(', '),
        actual: problems.join('; '),
        status: response.status,
      },
      `${response.status}:${names.join(',')}`,
    );
  },
};
