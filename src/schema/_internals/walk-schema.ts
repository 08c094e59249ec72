import { toPointer } from '../../core/json-pointer.ts';
import { mapKeywordValue } from './subschemas.ts';

/** Visits every schema object (not data) below `schema`, with its JSON pointer relative to `schema`. */
export function walkSchema(
  schema: unknown,
  visit: (node: Record<string, unknown>, pointer: string) => void,
): void {
  const walk = (node: unknown, segments: string[]): void => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    visit(record, toPointer(segments));
    for (const [keyword, value] of Object.entries(record)) {
      mapKeywordValue(keyword, value, (child, below) => {
        walk(child, [...segments, ...below]);
        return child;
      });
    }
  };
  walk(schema, []);
}
