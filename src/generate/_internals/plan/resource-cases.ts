import type { RequestCase } from '../../types.ts';
import type { ParameterChannel } from '../params/parameter-channel.ts';
import { parameterExample } from './parameter-example.ts';
import { withParameter } from './parameter-variants.ts';
import { jsonCaseBody, makeCase, type PlanContext } from './plan-context.ts';

/** For each path parameter with a known-good value, the same valid request with an id that does not exist. */
export function resourceCases(
  ctx: PlanContext,
  unknownIds: Record<string, string> = {},
): { cases: RequestCase[]; dropped: string[] } {
  const body =
    ctx.body && ctx.exampleBody !== undefined ? jsonCaseBody(ctx.exampleBody) : ({ kind: 'none' } as const);
  const cases: RequestCase[] = [];
  const dropped: string[] = [];
  for (const { spec } of ctx.operation.parameters) {
    const { name } = spec;
    const known = ctx.params.fixed[name];
    if (spec.in !== 'path' || known === undefined) continue;
    const channel = ctx.params.channels.find((entry) => entry.location === 'path' && entry.name === name);
    const unknown = unknownIds[name] ?? (channel ? unknownId(channel, known, ctx.seed) : `unknown-${name}`);
    const wire =
      unknown === undefined
        ? undefined
        : (channel?.wire(unknown) ?? { in: 'path' as const, name, raw: unknown });
    if (unknown === undefined || wire === undefined) {
      dropped.push(`resource: ${name} (no other valid id could be made)`);
      continue;
    }
    cases.push(
      makeCase(ctx, 'resource', cases.length, {
        body,
        expect: 'not-found',
        title: `unknown ${name} "${unknown}"`,
        params: channel ? withParameter(ctx.params.base, channel, wire) : [...ctx.params.base, wire],
        tags: ['unknown-resource', name],
      }),
    );
  }
  return { cases, dropped };
}

/** A valid id that is not the known one: `unknown-<hex>` when the schema allows it, else a sample. */
function unknownId(channel: ParameterChannel, known: string, seed: number): string | undefined {
  const hex = (seed >>> 0).toString(16).padStart(8, '0');
  const candidates = [`unknown-${hex}`, `0${hex}`, `${2 ** 31 - 1 - (seed % 1000)}`];
  const schema = channel.parameter.schema;
  if (schema === undefined) return candidates[0];
  const accepts = (text: string): boolean => {
    const received = channel.receive(text);
    return text !== known && received !== undefined && schema.validate(received).length === 0;
  };
  const found = candidates.find(accepts);
  if (found !== undefined) return found;
  const sample = parameterExample(channel, seed + 1);
  const text = typeof sample === 'string' || typeof sample === 'number' ? String(sample) : undefined;
  return text === undefined || text === known ? undefined : text;
}
