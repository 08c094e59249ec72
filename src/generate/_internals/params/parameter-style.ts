import { isJsonMediaType } from '../../../core/media-type.ts';
import { unescapePointerSegment } from '../../../core/json-pointer.ts';
import type { ParameterLocation, ParameterSpec } from '../../../spec/types.ts';

export type StyleName =
  | 'simple'
  | 'label'
  | 'matrix'
  | 'form'
  | 'spaceDelimited'
  | 'pipeDelimited'
  | 'deepObject'
  /** A parameter with `content` instead of `schema`: its value is the JSON text. */
  | 'json';

export interface ParameterStyle {
  style: StyleName;
  explode: boolean;
}

const DEFAULT_STYLE: Record<ParameterLocation, StyleName> = {
  path: 'simple',
  query: 'form',
  header: 'simple',
  cookie: 'form',
};

/** The styles OpenAPI defines for each location. */
const ALLOWED: Record<ParameterLocation, readonly StyleName[]> = {
  path: ['simple', 'label', 'matrix', 'json'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject', 'json'],
  header: ['simple', 'json'],
  cookie: ['form', 'json'],
};

const STYLES = new Set<string>(Object.values(ALLOWED).flat());

/** The media type of a parameter described by `content` (its schema pointer ends in `/content/<type>/schema`). */
export function contentMediaType(spec: ParameterSpec): string | undefined {
  const match = /\/content\/([^/]+)\/schema$/.exec(spec.pointer);
  return match?.[1] === undefined ? undefined : unescapePointerSegment(match[1]);
}

/**
 * How a parameter is written on the wire, OpenAPI defaults filled in (`form` explodes by default, the
 * others do not). A style OpenAPI does not define for the location is returned as an error message.
 */
export function parameterStyle(spec: ParameterSpec): ParameterStyle | { unsupported: string } {
  const media = contentMediaType(spec);
  if (media !== undefined) {
    return isJsonMediaType(media)
      ? { style: 'json', explode: false }
      : { unsupported: `content ${media} is not generated (only JSON content)` };
  }
  const style = spec.style ?? DEFAULT_STYLE[spec.in];
  if (!STYLES.has(style) || !ALLOWED[spec.in].includes(style as StyleName))
    return { unsupported: `style ${style} is not defined for ${spec.in} parameters` };
  return { style: style as StyleName, explode: spec.explode ?? style === 'form' };
}
