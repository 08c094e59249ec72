import fc from 'fast-check';
import { validArbitrary } from '../../valid-arbitrary.ts';
import { rootContext } from '../gen-context.ts';
import { minimalValue } from '../minimal-value.ts';
import type { ParameterChannel } from '../params/parameter-channel.ts';
import { textOf } from '../params/decode-parameter.ts';
import { renderParameter } from '../params/render-parameter.ts';

const SAMPLES = 30;
const PLAIN = /^[A-Za-z0-9._~-]+$/;

/** Whether the value is written as plain ASCII (readable in a URL, safe in any header or cookie). */
function isPlain(channel: ParameterChannel, value: unknown): boolean {
  const rendered = renderParameter(channel.location, channel.name, value, channel.style);
  if (rendered === undefined) return false;
  const texts =
    rendered.kind === 'text' ? [textOf(rendered.tokens)] : rendered.pairs.map((p) => textOf(p.value));
  return texts.every((text) => PLAIN.test(text));
}

/**
 * A deterministic valid value of a parameter as the server receives it: the schema's smallest readable value
 * when it survives the trip, else the first sample for the seed (plain ASCII preferred); undefined when none.
 */
export function parameterExample(channel: ParameterChannel, seed: number): unknown {
  const schema = channel.parameter.schema;
  if (schema === undefined) return undefined;
  const receivedValid = (value: unknown): unknown => {
    const received = channel.receive(value);
    return received !== undefined && schema.validate(received).length === 0 ? received : undefined;
  };
  const minimal = receivedValid(minimalValue(schema.schema, rootContext(schema)));
  if (minimal !== undefined && isPlain(channel, minimal)) return minimal;
  let samples: unknown[];
  try {
    samples = fc.sample(validArbitrary(schema, { receive: channel.receive }), { seed, numRuns: SAMPLES });
  } catch {
    samples = [];
  }
  return samples.find((value) => isPlain(channel, value)) ?? minimal ?? samples[0];
}
