import { escapePointerSegment } from '../../src/core/json-pointer.ts';
import { rootContext } from '../../src/generate/_internals/gen-context.ts';
import { coerceReceived, expectedShape } from '../../src/generate/_internals/params/coerce-received.ts';
import type { Texts } from '../../src/generate/_internals/params/decode-parameter.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { buildTarget } from '../../src/http/build-target.ts';
import type { CompiledOperation, CompiledParameter, SchemaError } from '../../src/schema/types.ts';
import type { ParameterLocation } from '../../src/spec/types.ts';

/**
 * The server's side of parameters, written apart from the generator's: the URL the http layer builds is
 * split on its literal delimiters first and percent-decoded after (RFC 3986), as a strict server reads it;
 * headers and cookies are read as sent. Only type conversion is shared with the generator.
 */
const decode = (text: string): string => decodeURIComponent(text);

function styleOf(parameter: CompiledParameter): { style: string; explode: boolean } {
  const { spec } = parameter;
  const style = spec.style ?? { path: 'simple', query: 'form', header: 'simple', cookie: 'form' }[spec.in];
  return { style, explode: spec.explode ?? style === 'form' };
}

function pathSegments(operation: CompiledOperation, url: string): Record<string, string> | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
  const names: string[] = [];
  const pattern = operation.operation.path.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
    if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    names.push(name);
    return '([^/]*)';
  });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (match === null) return undefined;
  return Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? '']));
}

function split(raw: string, shape: string, between: string, explode: boolean, read = decode): Texts {
  if (shape === 'scalar') return read(raw);
  const parts = raw === '' ? [] : raw.split(between).map(read);
  if (shape === 'array') return parts;
  if (explode)
    return Object.fromEntries(
      parts.map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]),
    );
  const out: Record<string, string> = {};
  for (let index = 0; index < parts.length; index += 2) out[parts[index] ?? ''] = parts[index + 1] ?? '';
  return out;
}

function readPath(raw: string, parameter: CompiledParameter, shape: string): Texts {
  const { style, explode } = styleOf(parameter);
  if (style === 'label') return split(raw.slice(1), shape, explode ? '.' : ',', explode);
  if (style !== 'matrix') return split(raw, shape, ',', explode);
  const pairs = raw
    .slice(1)
    .split(';')
    .map((segment): [string, string] => {
      const at = segment.indexOf('=');
      return at < 0 ? [decode(segment), ''] : [decode(segment.slice(0, at)), segment.slice(at + 1)];
    });
  if (shape === 'object' && explode)
    return Object.fromEntries(pairs.map(([key, value]) => [key, decode(value)]));
  if (shape === 'array' && explode) return pairs.map(([, value]) => decode(value));
  return split(pairs[0]?.[1] ?? '', shape, ',', false);
}

function queryPairs(url: string): [string, string][] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return query === ''
    ? []
    : query.split('&').map((pair) => [decode(pair.split('=')[0] ?? ''), pair.slice(pair.indexOf('=') + 1)]);
}

function readQuery(
  pairs: [string, string][],
  parameter: CompiledParameter,
  shape: string,
  others: Set<string>,
): Texts | undefined {
  const { style, explode } = styleOf(parameter);
  const name = parameter.spec.name;
  if (style === 'deepObject') {
    const own = pairs.filter(([key]) => key.startsWith(`${name}[`));
    return own.length === 0
      ? undefined
      : Object.fromEntries(own.map(([key, value]) => [key.slice(name.length + 1, -1), decode(value)]));
  }
  if (shape === 'object' && explode) {
    const own = pairs.filter(([key]) => !others.has(key));
    return own.length === 0 ? undefined : Object.fromEntries(own.map(([key, value]) => [key, decode(value)]));
  }
  const own = pairs.filter(([key]) => key === name).map(([, value]) => value);
  if (own.length === 0) return undefined;
  if (shape === 'array' && explode) return own.map(decode);
  const between = { spaceDelimited: '%20', pipeDelimited: '%7C' }[style] ?? ',';
  return split(own[0] ?? '', shape, between, false);
}

/** A parameter with `content`: its value is the JSON text. */
function jsonOf(
  requestCase: RequestCase,
  operation: CompiledOperation,
  parameter: CompiledParameter,
): { json: unknown } | undefined {
  const { spec } = parameter;
  const url = buildTarget('http://server', requestCase);
  const raw =
    spec.in === 'query'
      ? queryPairs(url).find(([key]) => key === spec.name)?.[1]
      : spec.in === 'path'
        ? pathSegments(operation, url)?.[spec.name]
        : (spec.in === 'header' ? requestCase.headers : requestCase.cookies)[spec.name];
  if (raw === undefined) return undefined;
  try {
    return { json: JSON.parse(spec.in === 'header' || spec.in === 'cookie' ? raw : decode(raw)) as unknown };
  } catch {
    return { json: Symbol('not JSON') };
  }
}

function received(
  requestCase: RequestCase,
  operation: CompiledOperation,
  parameter: CompiledParameter,
): Texts | undefined {
  const { spec, schema } = parameter;
  const shape = schema === undefined ? 'scalar' : expectedShape(schema.schema, rootContext(schema));
  const url = buildTarget('http://server', requestCase);
  if (spec.in === 'path') {
    const raw = pathSegments(operation, url)?.[spec.name];
    return raw === undefined ? undefined : readPath(raw, parameter, shape);
  }
  if (spec.in === 'query') {
    const others = new Set(
      operation.parameters.filter((p) => p.spec.in === 'query' && p !== parameter).map((p) => p.spec.name),
    );
    for (const other of operation.parameters.filter((p) => p.spec.in === 'query' && p !== parameter))
      if ((other.spec.style ?? 'form') === 'deepObject')
        for (const [key] of queryPairs(url)) if (key.startsWith(`${other.spec.name}[`)) others.add(key);
    return readQuery(queryPairs(url), parameter, shape, others);
  }
  const source = spec.in === 'header' ? requestCase.headers : requestCase.cookies;
  const key = Object.keys(source).find((name) =>
    spec.in === 'header' ? name.toLowerCase() === spec.name.toLowerCase() : name === spec.name,
  );
  const text = key === undefined ? undefined : source[key];
  // Headers and cookies are held as sent (the http layer encodes cookies, the server decodes them back).
  const asIs = (part: string): string => part;
  return text === undefined
    ? undefined
    : split(text, shape, ',', styleOf(parameter).explode && spec.in === 'header', asIs);
}

/**
 * Validates the parameters of one location as the server reads them, as one object whose properties are
 * the parameters (the generator's reasons are written this way): errors at `/limit/...`, and `required`
 * with `missingProperty` for a required parameter that is absent.
 */
export function parameterErrors(
  requestCase: RequestCase,
  operation: CompiledOperation,
  location: ParameterLocation,
): SchemaError[] {
  const errors: SchemaError[] = [];
  for (const parameter of operation.parameters.filter((p) => p.spec.in === location)) {
    const { spec, schema } = parameter;
    if (spec.in === 'header' && ['accept', 'content-type', 'authorization'].includes(spec.name.toLowerCase()))
      continue;
    const json = /\/content\//.test(spec.pointer) ? jsonOf(requestCase, operation, parameter) : undefined;
    const texts = json === undefined ? received(requestCase, operation, parameter) : undefined;
    if (texts === undefined && json === undefined) {
      if (spec.required)
        errors.push({
          keyword: 'required',
          instancePath: '',
          schemaPath: '#/required',
          params: { missingProperty: spec.name },
          message: 'missing',
        });
      continue;
    }
    if (schema === undefined) continue;
    const value =
      json !== undefined
        ? json.json
        : coerceReceived({ texts: texts ?? '' }, schema.schema, rootContext(schema));
    const key = escapePointerSegment(spec.name);
    for (const error of schema.validate(value))
      errors.push({
        ...error,
        instancePath: `/${key}${error.instancePath}`,
        schemaPath: `#/properties/${key}${error.schemaPath.replace(/^#/, '')}`,
      });
  }
  return errors;
}
