import type { CompiledSchema } from '../../../schema/types.ts';

type Node = Record<string, unknown>;

export interface NumericProperty {
  name: string;
  integer: boolean;
  minimum?: number;
  maximum?: number;
  /** The smallest and largest values the schema allows (exclusive bounds stepped in for integers). */
  lowest?: number;
  highest?: number;
  description: string;
}

/** The extreme allowed value at one end: `minimum` (3.0 `exclusiveMinimum: true`, 3.1 a number) and alike. */
function extreme(node: Node, end: 'minimum' | 'maximum', integer: boolean): number | undefined {
  const exclusiveName = end === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
  const step = end === 'minimum' ? 1 : -1;
  const bound = number(node[end]);
  const exclusive = number(node[exclusiveName]) ?? (node[exclusiveName] === true ? bound : undefined);
  if (exclusive !== undefined) {
    // An exclusive bound has no extreme value unless the property is an integer.
    if (!integer) return undefined;
    return end === 'minimum' ? Math.floor(exclusive) + step : Math.ceil(exclusive) + step;
  }
  if (bound === undefined) return undefined;
  if (!integer) return bound;
  return end === 'minimum' ? Math.ceil(bound) : Math.floor(bound);
}

function deref(compiled: CompiledSchema, value: unknown): Node | undefined {
  let node = typeof value === 'object' && value !== null ? (value as Node) : undefined;
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < 8; hops++) {
    const next = compiled.resolve(node.$ref);
    node = typeof next === 'object' ? next : undefined;
  }
  return node;
}

const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The first top-level numeric property of a body schema whose name matches, with its bounds. */
export function numericProperty(
  compiled: CompiledSchema | undefined,
  name: RegExp,
): NumericProperty | undefined {
  if (compiled === undefined) return undefined;
  const properties = deref(compiled, compiled.schema)?.properties;
  if (typeof properties !== 'object' || properties === null) return undefined;
  for (const [key, value] of Object.entries(properties)) {
    const node = deref(compiled, value);
    const types = [node?.type].flat();
    if (!name.test(key) || node === undefined || !types.some((t) => t === 'integer' || t === 'number'))
      continue;
    const integer = types.includes('integer');
    return {
      name: key,
      integer,
      lowest: extreme(node, 'minimum', integer),
      highest: extreme(node, 'maximum', integer),
      minimum: number(node.minimum) ?? number(node.exclusiveMinimum),
      maximum: number(node.maximum) ?? number(node.exclusiveMaximum),
      description: typeof node.description === 'string' ? node.description : '',
    };
  }
  return undefined;
}
