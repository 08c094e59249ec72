import { escapePointerSegment } from '../../core/json-pointer.ts';
import type { HeaderSpec, OpenApiDialect, ResponseSpec } from '../types.ts';
import { followRefs } from './follow-refs.ts';
import { asRecord, isRecord } from './is-record.ts';
import { asSchema, mapContent } from './map-content.ts';

function mapHeader(document: unknown, name: string, raw: unknown, pointer: string): HeaderSpec | undefined {
  const { value, pointer: at } = followRefs(document, raw, pointer);
  if (!isRecord(value)) return undefined;
  const required = value.required === true;
  const schema = asSchema(value.schema);
  if (schema !== undefined || value.content === undefined) {
    return { name, required, ...(schema === undefined ? {} : { schema }), pointer: `${at}/schema` };
  }
  const [first] = mapContent(value.content, at);
  return {
    name,
    required,
    ...(first?.schema === undefined ? {} : { schema: first.schema }),
    pointer: first?.pointer ?? '',
  };
}

function mapHeaders(document: unknown, headers: unknown, pointer: string): HeaderSpec[] {
  // OpenAPI: a response header named Content-Type SHALL be ignored.
  return Object.entries(asRecord(headers))
    .filter(([name]) => name.toLowerCase() !== 'content-type')
    .flatMap(
      ([name, raw]) => mapHeader(document, name, raw, `${pointer}/${escapePointerSegment(name)}`) ?? [],
    );
}

/** Every declared response, with Reference Objects followed (3.1 lets a `description` next to `$ref` win). */
export function mapResponses(
  document: unknown,
  dialect: OpenApiDialect,
  raw: unknown,
  pointer: string,
): ResponseSpec[] {
  return Object.entries(asRecord(raw))
    .filter(([status]) => !status.startsWith('x-'))
    .flatMap(([status, response]) => {
      const {
        value,
        pointer: at,
        overrides,
      } = followRefs(document, response, `${pointer}/${escapePointerSegment(status)}`);
      if (!isRecord(value)) return [];
      const own = typeof value.description === 'string' ? value.description : '';
      const description = dialect === '3.1' ? (overrides.description ?? own) : own;
      const headers = mapHeaders(document, value.headers, `${at}/headers`);
      return [{ status, description, content: mapContent(value.content, at), headers }];
    });
}
