import type { RequestBodySpec } from '../types.ts';
import { followRefs } from './follow-refs.ts';
import { isRecord } from './is-record.ts';
import { mapContent } from './map-content.ts';

/** The request body with its Reference Object followed; `required` defaults to false (OpenAPI). */
export function mapRequestBody(
  document: unknown,
  raw: unknown,
  pointer: string,
): RequestBodySpec | undefined {
  if (raw === undefined) return undefined;
  const { value, pointer: at } = followRefs(document, raw, pointer);
  if (!isRecord(value)) return undefined;
  return { required: value.required === true, content: mapContent(value.content, at) };
}
