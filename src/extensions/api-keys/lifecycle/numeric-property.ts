import type { CompiledSchema } from '../../../schema/types.ts';

type Node = Record<string, unknown>;

export interface NumericProperty {
  name: string;
  integer: boolean;
  minimum?: number;
  maximum?: number;
  description: string;
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
    return {
      name: key,
      integer: types.includes('integer'),
      minimum: number(node.minimum) ?? number(node.exclusiveMinimum),
      maximum: number(node.maximum) ?? number(node.exclusiveMaximum),
      description: typeof node.description === 'string' ? node.description : '',
    };
  }
  return undefined;
}
