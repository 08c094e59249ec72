import { pathTemplate } from '../spec/path-template.ts';
import type { RecordedStep } from './recorded-step.ts';
import { exactJson } from '../http/exact-json.ts';
import { idFromAnswer } from './resources/id-from-answer.ts';
import type { CaseOutcome } from './types.ts';

/** A path value a replayed step's answer gave: `from` (the recorded run's) is sent as `to` in later steps. */
export interface Binding {
  from: string;
  to: string;
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The step with the values earlier replayed steps gave (a created resource's new id, by parameter name) in
 * place of the recorded ones, where its operation's template (`/pets/{petId}`) puts that parameter and the
 * recorded path holds the recorded value. Everything else of the recorded path stays as it was sent.
 */
export function withBoundValues(
  step: RecordedStep,
  template: string | undefined,
  bound: ReadonlyMap<string, Binding>,
): RecordedStep {
  if (template === undefined || bound.size === 0) return step;
  const at = step.request.path.indexOf('?');
  const query = at < 0 ? '' : step.request.path.slice(at);
  const compiled = pathTemplate.compile(template);
  let path = at < 0 ? step.request.path : step.request.path.slice(0, at);
  const match = new RegExp(`${compiled.source}$`, 'd').exec(path);
  if (match?.indices === undefined) return step;
  // Right to left, so the spans of the values still to replace stay where they were.
  for (let i = compiled.names.length - 1; i >= 0; i--) {
    const binding = bound.get(compiled.names[i] ?? '');
    const span = match.indices[i + 1];
    if (binding === undefined || span === undefined) continue;
    if (decoded(path.slice(span[0], span[1])) !== binding.from) continue;
    path = path.slice(0, span[0]) + pathTemplate.expand('{v}', { v: binding.to }) + path.slice(span[1]);
  }
  return { ...step, request: { ...step.request, path: `${path}${query}` } };
}

/**
 * What a replayed step's answer gives the later steps (see `RecordedStep.provides`): each value read from its
 * 2xx JSON answer as the run read it. `missing` names a value the answer does not give.
 */
export function bindingsFrom(
  step: RecordedStep,
  outcome: CaseOutcome,
): { bindings: [string, Binding][]; missing?: string } {
  const { response } = outcome.exchange;
  // As the run read it: integers past 2^53 keep their exact digits.
  const answer = exactJson(response);
  const bindings: [string, Binding][] = [];
  for (const { param, value, pointer } of step.provides ?? []) {
    const id = response?.json?.ok === true ? idFromAnswer(answer, param, pointer) : undefined;
    if (id === undefined) return { bindings, missing: param };
    bindings.push([param, { from: value, to: id }]);
  }
  return { bindings };
}
