import type { CompiledParameter } from '../../../schema/types.ts';
import type { ParameterLocation } from '../../../spec/types.ts';
import { rootContext } from '../gen-context.ts';
import { coerceReceived, expectedShape } from './coerce-received.ts';
import { decodeParameter, type ExpectedShape } from './decode-parameter.ts';
import { parameterStyle, type ParameterStyle } from './parameter-style.ts';
import { renderParameter } from './render-parameter.ts';
import { wireParameter, type WireParameter } from './wire-parameter.ts';

/** How one parameter's values travel: written by its style, read back and type-converted by the server. */
export interface ParameterChannel {
  parameter: CompiledParameter;
  location: ParameterLocation;
  name: string;
  style: ParameterStyle;
  /** The value the server validates, or undefined when the value cannot be sent (see wireParameter). */
  receive: (value: unknown) => unknown;
  /** Where the value goes in a request case; undefined when it cannot be sent. */
  wire(value: unknown): WireParameter | undefined;
}

/** Styles OpenAPI defines only for some shapes (deepObject for objects...): another shape cannot be written. */
function styleMismatch(
  location: ParameterLocation,
  style: ParameterStyle,
  shape: ExpectedShape,
): string | undefined {
  const { style: name, explode } = style;
  if (name === 'deepObject' && shape !== 'object')
    return `style deepObject is defined for objects only, not a ${shape}`;
  if ((name === 'spaceDelimited' || name === 'pipeDelimited') && (shape === 'scalar' || explode))
    return `style ${name} is defined for arrays and objects without explode only`;
  if (location === 'cookie' && name === 'form' && explode && shape !== 'scalar')
    return `style form with explode cannot write an ${shape} into one cookie`;
  return undefined;
}

/**
 * The channel of a parameter with a schema and a style this tool writes; otherwise why not (one line). A
 * value is judged by what the server reads: its text split as the schema's shape says (an array schema
 * reads `a,b` as two items) and converted to the schema's types (`5` is the integer 5 for an integer schema).
 */
export function parameterChannel(
  parameter: CompiledParameter,
  /** The names of the operation's other parameters in the same location. */
  siblings: readonly string[] = [],
): ParameterChannel | { unsupported: string } {
  const { spec, schema } = parameter;
  const style = parameterStyle(spec);
  if ('unsupported' in style) return style;
  if (schema === undefined) return { unsupported: `${spec.in} parameter ${spec.name} has no schema` };
  const ctx = rootContext(schema);
  const shape = expectedShape(schema.schema, ctx);
  const mismatch = styleMismatch(spec.in, style, shape);
  if (mismatch !== undefined) return { unsupported: mismatch };
  const taken = new Set(siblings);
  const allowEmpty = spec.in === 'query' && spec.allowEmptyValue === true;
  const render = (value: unknown) => renderParameter(spec.in, spec.name, value, style);
  const wire = (value: unknown): WireParameter | undefined => {
    const rendered = render(value);
    return rendered === undefined
      ? undefined
      : wireParameter(spec.in, spec.name, rendered, taken, allowEmpty);
  };
  const receive = (value: unknown): unknown => {
    const rendered = render(value);
    if (
      rendered === undefined ||
      wireParameter(spec.in, spec.name, rendered, taken, allowEmpty) === undefined
    )
      return undefined;
    const received = decodeParameter(spec.name, rendered, style, shape);
    return received === undefined ? undefined : coerceReceived(received, schema.schema, ctx);
  };
  return { parameter, location: spec.in, name: spec.name, style, receive, wire };
}
