import fc from 'fast-check';
import type { CoverageValue, Reason } from '../../types.ts';
import { validArbitrary } from '../../valid-arbitrary.ts';
import { collectCoverage } from '../coverage/collect-coverage.ts';
import type { ParameterChannel } from '../params/parameter-channel.ts';
import { missingParameterReason, parameterReason } from '../params/parameter-reason.ts';
import type { WireParameter } from '../params/wire-parameter.ts';
import type { ParameterPlan } from './parameter-plan.ts';

/** The parameters of one case, and why it is invalid when it is. */
export interface ParameterVariant {
  wires: WireParameter[];
  reason?: Reason;
  note: string;
  expect: CoverageValue['expect'];
}

const sameParameter = (wire: WireParameter, channel: ParameterChannel): boolean =>
  wire.in === channel.location && wire.name === channel.name;

/** The wire of a value of this parameter; undefined when it cannot be sent. */
export function wireOf(channel: ParameterChannel, value: unknown): WireParameter | undefined {
  return channel.wire(value);
}

/** The base values with this parameter's replaced (or removed, for `undefined`). */
export function withParameter(
  base: readonly WireParameter[],
  channel: ParameterChannel,
  wire: WireParameter | undefined,
): WireParameter[] {
  const others = base.filter((entry) => !sameParameter(entry, channel));
  return wire === undefined ? others : [...others, wire];
}

/** Whether the parameter's value may vary in valid requests: not a known-good or stand-in path value. */
function varies(channel: ParameterChannel): boolean {
  return channel.location !== 'path';
}

/**
 * Valid parameters of a positive case: generated query, header and cookie values (optional ones present or
 * not), known-good path values. An optional parameter whose values cannot be generated is left out.
 */
export function positiveParameters(plan: ParameterPlan): fc.Arbitrary<WireParameter[]> {
  const generated = plan.channels.filter(varies).flatMap((channel) => {
    const schema = channel.parameter.schema;
    if (schema === undefined) return [];
    const values = validArbitrary(schema, { receive: channel.receive }).map((value) => ({ channel, value }));
    if (!sampleable(values)) return [];
    return [channel.parameter.spec.required ? values : fc.option(values, { nil: undefined, freq: 2 })];
  });
  return fc.tuple(...generated).map((chosen) => {
    let wires = [...plan.base];
    for (const entry of chosen) {
      if (entry === undefined) continue;
      const wire = wireOf(entry.channel, entry.value);
      if (wire !== undefined) wires = withParameter(wires, entry.channel, wire);
    }
    return wires;
  });
}

function sampleable(arbitrary: fc.Arbitrary<unknown>): boolean {
  try {
    fc.sample(arbitrary, { seed: 1, numRuns: 3 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Boundary values of each parameter, each once (path parameters: invalid ones only, any other valid value
 * is an unknown resource), and each required query, header or cookie parameter missing.
 */
export function parameterCoverage(plan: ParameterPlan): { variants: ParameterVariant[]; dropped: string[] } {
  const variants: ParameterVariant[] = [];
  const dropped: string[] = [];
  for (const channel of plan.channels) {
    const schema = channel.parameter.schema;
    if (schema === undefined) continue;
    const { location, name } = channel;
    const collected = collectCoverage(schema, { location, name, receive: channel.receive });
    for (const value of collected.values) {
      if (location === 'path' && value.expect === 'valid') continue;
      const wire = wireOf(channel, value.value);
      if (wire === undefined) continue;
      const reason = value.reason && parameterReason(value.reason, location, name);
      const note = `${location} parameter ${value.note}`;
      variants.push({
        wires: withParameter(plan.base, channel, wire),
        note,
        expect: value.expect,
        ...(reason ? { reason } : {}),
      });
    }
    dropped.push(
      ...collected.dropped.map(
        (entry) => `coverage: ${location} parameter ${entry.expect} value that did not hold`,
      ),
    );
    if (location !== 'path' && channel.parameter.spec.required) {
      const reason = missingParameterReason(location, name);
      variants.push({
        wires: withParameter(plan.base, channel, undefined),
        reason,
        note: reason.description,
        expect: 'invalid',
      });
    }
  }
  return { variants, dropped };
}
