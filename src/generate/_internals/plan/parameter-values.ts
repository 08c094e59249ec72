import type { CompiledOperation, CompiledParameter } from '../../../schema/types.ts';
import type { ParameterLocation } from '../../../spec/types.ts';
import { exampleValue } from './example-value.ts';

/** Header names OpenAPI says parameters must not define (the request sets them itself). */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const PLAIN = /^[A-Za-z0-9._~-]+$/;

export interface ParameterValues {
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  notes: string[];
}

/** Fixed values for path parameters, and a deterministic valid value for every other required parameter. */
export function parameterValues(
  operation: CompiledOperation,
  fixed: Record<string, string>,
  seed: number,
): ParameterValues {
  const values: ParameterValues = { pathParams: {}, query: {}, headers: {}, cookies: {}, notes: [] };
  for (const parameter of operation.parameters) {
    const { name, in: location, required } = parameter.spec;
    if (location === 'path' && fixed[name] !== undefined) {
      values.pathParams[name] = fixed[name];
      continue;
    }
    if (!required || (location === 'header' && RESERVED_HEADERS.has(name.toLowerCase()))) continue;
    const value = parameterValue(parameter, seed);
    if (value === undefined) {
      values.notes.push(`no valid value could be made for ${location} parameter ${name}`);
      continue;
    }
    if (location === 'path')
      values.notes.push(`path parameter ${name} has no fixed value; using "${serialize(value)}"`);
    place(values, location, name, value);
  }
  return values;
}

function place(values: ParameterValues, location: ParameterLocation, name: string, value: unknown): void {
  if (location === 'query') values.query[name] = Array.isArray(value) ? value.map(String) : serialize(value);
  else if (location === 'path') values.pathParams[name] = serialize(value);
  else if (location === 'header') values.headers[name] = serialize(value);
  else values.cookies[name] = serialize(value);
}

/** A valid value, plain ASCII when the schema allows one (headers and cookies cannot carry everything). */
export function parameterValue(parameter: CompiledParameter, seed: number): unknown {
  if (parameter.schema === undefined) return 'value';
  const plain = (value: unknown): boolean => PLAIN.test(serialize(value));
  return exampleValue(parameter.schema, seed, plain);
}

/** The simple style: primitives as text, arrays comma-joined, objects as `key,value` pairs. */
export function serialize(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(serialize).join(',');
  if (typeof value === 'object') return Object.entries(value).flat().map(serialize).join(',');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
