import type { CompiledParameter } from '../../../schema/types.ts';
import type { RequestCase } from '../../types.ts';
import { exampleValue } from './example-value.ts';
import { serialize } from './parameter-values.ts';
import { jsonCaseBody, makeCase, type PlanContext } from './plan-context.ts';

/** For each path parameter with a known-good value, the same valid request with an id that does not exist. */
export function resourceCases(
  ctx: PlanContext,
  fixed: Record<string, string>,
  unknownIds: Record<string, string> = {},
): { cases: RequestCase[]; dropped: string[] } {
  const body =
    ctx.body && ctx.exampleBody !== undefined ? jsonCaseBody(ctx.exampleBody) : ({ kind: 'none' } as const);
  const cases: RequestCase[] = [];
  const dropped: string[] = [];
  for (const parameter of ctx.operation.parameters) {
    const { name } = parameter.spec;
    const known = fixed[name];
    if (parameter.spec.in !== 'path' || known === undefined) continue;
    const unknown = unknownIds[name] ?? unknownId(parameter, known, ctx.seed);
    if (unknown === undefined) {
      dropped.push(`resource: ${name} (no other valid id could be made)`);
      continue;
    }
    cases.push(
      makeCase(ctx, 'resource', cases.length, {
        body,
        expect: 'not-found',
        title: `unknown ${name} "${unknown}"`,
        pathParams: { ...ctx.params.pathParams, [name]: unknown },
        tags: ['unknown-resource', name],
      }),
    );
  }
  return { cases, dropped };
}

/** A valid id that is not the known one: `unknown-<hex>` when the schema allows it, else a sample. */
function unknownId(parameter: CompiledParameter, known: string, seed: number): string | undefined {
  const hex = (seed >>> 0).toString(16).padStart(8, '0');
  const candidates = [`unknown-${hex}`, `0${hex}`, `${2 ** 31 - 1 - (seed % 1000)}`];
  const schema = parameter.schema;
  if (schema === undefined) return candidates[0];
  const accepts = (text: string): boolean =>
    text !== known &&
    (schema.validate(text).length === 0 ||
      (/^-?\d+$/.test(text) && schema.validate(Number(text)).length === 0));
  const found = candidates.find(accepts);
  if (found !== undefined) return found;
  const sample = exampleValue(schema, seed + 1, (value) => serialize(value) !== known);
  return sample === undefined || serialize(sample) === known ? undefined : serialize(sample);
}
