import type { HeaderSpec, ResponseSpec } from '../../../spec/types.ts';
import { diffSchemas, type DiffContext } from '../diff-context.ts';

const byName = (headers: readonly HeaderSpec[]): Map<string, HeaderSpec> =>
  new Map(headers.map((header) => [header.name.toLowerCase(), header]));

function paired(context: DiffContext, location: string, base: HeaderSpec, head: HeaderSpec): void {
  if (base.required !== head.required) {
    const code = head.required ? 'response-header-became-required' : 'response-header-became-optional';
    context.emit({
      code,
      breaking: !head.required,
      side: 'response',
      location,
      message: `${head.required ? 'now' : 'no longer'} always sent`,
    });
  }
  diffSchemas(context, 'response', location, base.schema, head.schema);
}

/** Response headers clients could rely on (required ones) must stay; new headers break nobody. */
export function diffResponseHeaders(
  context: DiffContext,
  status: string,
  base: ResponseSpec,
  head: ResponseSpec,
): void {
  const [before, after] = [byName(base.headers), byName(head.headers)];
  for (const [key, header] of before) {
    const location = `response ${status} header ${header.name}`;
    const now = after.get(key);
    if (now !== undefined) paired(context, location, header, now);
    else {
      const message = header.required ? 'required header removed' : 'optional header removed';
      context.emit({
        code: 'response-header-removed',
        breaking: header.required,
        side: 'response',
        location,
        message,
      });
    }
  }
  for (const [key, header] of after) {
    if (before.has(key)) continue;
    const location = `response ${status} header ${header.name}`;
    context.emit({
      code: 'response-header-added',
      breaking: false,
      side: 'response',
      location,
      message: 'header added',
    });
  }
}
