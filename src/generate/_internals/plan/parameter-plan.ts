import type { CompiledOperation, CompiledParameter } from '../../../schema/types.ts';
import type { ParameterSpec } from '../../../spec/types.ts';
import type { UnsupportedFeature } from '../../case-plan-types.ts';
import type { CasePhase } from '../../types.ts';
import { parameterChannel, type ParameterChannel } from '../params/parameter-channel.ts';
import type { WireParameter } from '../params/wire-parameter.ts';
import { parameterExample } from './parameter-example.ts';

/** Header names OpenAPI says parameters must not define (the request sets them itself). */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** Phases whose cases need a valid value of every required parameter. */
export const VALID_REQUEST_PHASES: readonly CasePhase[] = [
  'coverage',
  'positive',
  'negative',
  'request',
  'resource',
];

export interface ParameterPlan {
  /** Parameters whose values are generated (a schema and a style this tool writes). */
  channels: ParameterChannel[];
  /** Valid values every case starts from: known-good path values, a deterministic value of each required one. */
  base: WireParameter[];
  /** Path parameters with no known-good value (a value from the schema is used; a 404 is tolerated). */
  unknownPath: string[];
  /** Known-good path values, by parameter name. */
  fixed: Record<string, string>;
  notes: string[];
  unsupported: UnsupportedFeature[];
}

/** Where the parameter object stands: its schema pointer without `/schema` (or `/content/<type>/schema`). */
export function parameterPointer(spec: ParameterSpec): string {
  return spec.pointer.replace(/(\/content\/[^/]+)?\/schema$/, '');
}

function siblingsOf(operation: CompiledOperation, parameter: CompiledParameter): string[] {
  return operation.parameters
    .filter((other) => other !== parameter && other.spec.in === parameter.spec.in)
    .map((other) => other.spec.name);
}

function unsupportedParameter(
  plan: ParameterPlan,
  operationId: string,
  spec: ParameterSpec,
  reason: string,
): void {
  const keyword = /^style|^content/.test(reason) ? (reason.split(' ')[0] ?? 'style') : 'schema';
  if (!spec.required) {
    plan.notes.push(`optional ${spec.in} parameter ${spec.name} is never sent: ${reason}`);
    return;
  }
  plan.unsupported.push({
    operationId,
    keyword,
    pointer: parameterPointer(spec),
    reason: `required ${spec.in} parameter ${spec.name}: ${reason}`,
    phases: [...VALID_REQUEST_PHASES],
  });
}

function fixedWire(channel: ParameterChannel | undefined, name: string, value: string): WireParameter {
  return channel?.wire(value) ?? { in: 'path', name, raw: value };
}

/** One parameter: its channel, and its base value when it has one (known-good, or required and generated). */
function addParameter(
  plan: ParameterPlan,
  operation: CompiledOperation,
  parameter: CompiledParameter,
  seed: number,
): void {
  const { spec } = parameter;
  const operationId = operation.operation.operationId;
  const channel = parameterChannel(parameter, siblingsOf(operation, parameter));
  const known = spec.in === 'path' ? plan.fixed[spec.name] : undefined;
  if (known !== undefined) {
    if (!('unsupported' in channel)) plan.channels.push(channel);
    plan.base.push(fixedWire('unsupported' in channel ? undefined : channel, spec.name, known));
    return;
  }
  if ('unsupported' in channel) return unsupportedParameter(plan, operationId, spec, channel.unsupported);
  plan.channels.push(channel);
  if (!spec.required) return;
  const example = parameterExample(channel, seed);
  const wire = example === undefined ? undefined : channel.wire(example);
  if (wire === undefined)
    return unsupportedParameter(plan, operationId, spec, 'no valid value could be made from its schema');
  plan.base.push(wire);
  if (spec.in !== 'path') return;
  plan.unknownPath.push(spec.name);
  // JSON text: a string is quoted once, a number is not.
  plan.notes.push(
    `path parameter ${spec.name} has no fixed value; using ${JSON.stringify(example)} (a 404 is tolerated; set CONTRACT_PATH_PARAMS)`,
  );
}

/**
 * How the operation's parameters are generated: each parameter's channel (style, read-back, type
 * conversion), the valid base values every case starts from, and what cannot be generated (reported).
 * Reserved headers (Accept, Content-Type, Authorization) are left to the request itself, as OpenAPI says.
 */
export function parameterPlan(
  operation: CompiledOperation,
  fixed: Record<string, string>,
  seed: number,
): ParameterPlan {
  const plan: ParameterPlan = { channels: [], base: [], unknownPath: [], fixed, notes: [], unsupported: [] };
  for (const parameter of operation.parameters) {
    const { spec } = parameter;
    if (spec.in === 'header' && RESERVED_HEADERS.has(spec.name.toLowerCase())) continue;
    addParameter(plan, operation, parameter, seed);
  }
  return plan;
}
