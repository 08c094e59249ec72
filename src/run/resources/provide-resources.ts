import { destroyedParam } from '../../generate/destroyed-param.ts';
import type { CompiledOperation } from '../../schema/types.ts';
import { knownPathParams } from '../path-params.ts';
import { recordStep } from '../recorded-step.ts';
import { noteCreated } from '../replay-prerequisites.ts';
import type { RunSession } from '../types.ts';
import { createResource } from './create-resource.ts';
import { idFromAnswer } from './id-from-answer.ts';
import { findProducer } from './find-producer.ts';
import { missingPathParams } from './missing-path-params.ts';
import { withPathParams } from './with-path-params.ts';

/** Path values of resources the run created for an operation, and one note per parameter left without. */
export interface ProvidedResources {
  values: Record<string, string>;
  notes: string[];
}

async function provideOne(
  session: RunSession,
  operation: CompiledOperation,
  param: string,
  values: Record<string, string>,
): Promise<string | undefined> {
  const { operationId } = operation.operation;
  const producer = findProducer(session.compiled, operation, param);
  const own = destroyedParam(operation)?.param === param;
  // A value may be configured, but what the operation ends must be the run's own.
  const without = `path parameter ${param} of ${operationId} has no ${own ? 'resource of the run’s own to end' : 'real value'}`;
  if (producer === undefined)
    return `${without}: no operation of the document creates one (no link, no POST on its collection)`;
  const purpose = `a ${param} for ${operationId}`;
  const created = await createResource(withPathParams(session, values), producer, purpose);
  if (!created.ok) return `${without}: creating one failed: ${created.error.message}`;
  const id = idFromAnswer(created.value.body, param, producer.pointer);
  if (id === undefined) return `${without}: ${producer.producer.operation.operationId} answered no id for it`;
  values[param] = id;
  // A finding on a case that names this resource replays its creation first, and reads the id the same way.
  const step = recordStep(created.value.exchange, session.baseUrl);
  noteCreated(session.memory, operationId, step, { param, value: id, pointer: producer.pointer });
  return undefined;
}

/**
 * Resources for an operation whose path names an existing one (get, update, delete, rotate, revoke): for
 * each path parameter with no known value, in path order, one valid request of its producer (found by the
 * document's links, else by the collection the path names) creates one, and its id becomes the value. The
 * resource a destructive operation ends (see destroyedParam) is created even when a known value is given.
 */
export async function provideResources(
  session: RunSession,
  operation: CompiledOperation,
): Promise<ProvidedResources> {
  const values: Record<string, string> = {};
  const notes: string[] = [];
  // What a destructive operation ends is always one the run creates: never the user's known-good resource.
  const destroyed = destroyedParam(operation)?.param;
  const known = { ...knownPathParams(session.config) };
  if (destroyed !== undefined) delete known[destroyed];
  for (const param of missingPathParams(operation, known)) {
    const note = await provideOne(session, operation, param, values);
    if (note !== undefined) notes.push(note);
  }
  return { values, notes };
}
