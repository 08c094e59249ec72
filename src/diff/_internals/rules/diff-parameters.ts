import type { Operation, ParameterSpec } from '../../../spec/types.ts';
import { diffSchemas, type DiffContext } from '../diff-context.ts';

/** Path parameters are matched by position (renaming `{id}` to `{key}` changes nothing for clients). */
function keyOf(parameter: ParameterSpec, operation: Operation): string {
  if (parameter.in === 'path') {
    const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    return `path:#${names.indexOf(parameter.name)}`;
  }
  return `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

const DEFAULT_STYLE = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' } as const;

/** How the value is written on the wire, defaults filled in (OpenAPI: `form` explodes by default). */
function serialization(parameter: ParameterSpec): string {
  const style = parameter.style ?? DEFAULT_STYLE[parameter.in];
  return `${style}${(parameter.explode ?? style === 'form') ? ' exploded' : ''}`;
}

function paired(context: DiffContext, location: string, base: ParameterSpec, head: ParameterSpec): void {
  if (base.required !== head.required) {
    const code = head.required ? 'request-parameter-became-required' : 'request-parameter-became-optional';
    context.emit({
      code,
      breaking: head.required,
      side: 'request',
      location,
      message: `${head.required ? 'now' : 'no longer'} required`,
    });
  }
  if (serialization(base) !== serialization(head)) {
    const message = `serialisation ${serialization(base)} -> ${serialization(head)}`;
    context.emit({
      code: 'request-parameter-serialization-changed',
      breaking: true,
      side: 'request',
      location,
      message,
    });
  }
  diffSchemas(context, 'request', location, base.schema, head.schema);
}

/** New required parameters break clients; removed ones are no longer read (clients may keep sending them). */
export function diffParameters(context: DiffContext, base: Operation, head: Operation): void {
  const before = new Map(base.parameters.map((parameter) => [keyOf(parameter, base), parameter]));
  const after = new Map(head.parameters.map((parameter) => [keyOf(parameter, head), parameter]));
  for (const [key, parameter] of after) {
    const location = `parameter ${parameter.in} ${parameter.name}`;
    const old = before.get(key);
    if (old !== undefined) paired(context, location, old, parameter);
    else if (parameter.required)
      context.emit({
        code: 'request-parameter-added-required',
        breaking: true,
        side: 'request',
        location,
        message: 'new required parameter',
      });
    else
      context.emit({
        code: 'request-parameter-added',
        breaking: false,
        side: 'request',
        location,
        message: 'new optional parameter',
      });
  }
  for (const [key, parameter] of before) {
    if (after.has(key)) continue;
    const location = `parameter ${parameter.in} ${parameter.name}`;
    context.emit({
      code: 'request-parameter-removed',
      breaking: false,
      side: 'request',
      location,
      message: 'parameter removed (no longer read)',
    });
  }
}
