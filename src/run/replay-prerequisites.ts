import type { RunMemory } from '../check/types.ts';
import type { Exchange } from '../http/types.ts';
import type { ProvidedValue, RecordedStep } from './recorded-step.ts';

/** A step a later exchange's replay sends first, and when it was noted (they are replayed in that order). */
export interface Prerequisite {
  order: number;
  step: RecordedStep;
}

/** The order of noting across a run's books (minters and declared), so prerequisites keep the run's order. */
let noted = 0;
export function nextOrder(): number {
  return noted++;
}

/** Per run: the prerequisites the engine declared where it made a dependency. */
interface Book {
  /** By case id: the steps a case needs first (the deliberate repeat needs its first request). */
  byCase: Map<string, Prerequisite[]>;
  /** By consumer operation, parameter and value: the step that created the resource a path value names. */
  byPathValue: Map<string, Prerequisite>;
}
const books = new WeakMap<RunMemory, Book>();

function bookOf(memory: RunMemory): Book {
  let book = books.get(memory);
  if (book === undefined) books.set(memory, (book = { byCase: new Map(), byPathValue: new Map() }));
  return book;
}

const valueKey = (operationId: string, param: string, value: string): string =>
  JSON.stringify([operationId, param, value]);

/** A case (by id) whose answer depends on an earlier exchange's: its replay sends that step first. */
export function notePrerequisite(memory: RunMemory, caseId: string, step: RecordedStep): void {
  const book = bookOf(memory);
  const needed = book.byCase.get(caseId) ?? [];
  book.byCase.set(caseId, [...needed, { order: nextOrder(), step }]);
}

/**
 * A step whose 2xx answer created the resource `provided` names for the cases of `operationId` (the id put in
 * their path): the replay of any of them whose path holds that value sends the creation first and takes the
 * new id from its answer.
 */
export function noteCreated(
  memory: RunMemory,
  operationId: string,
  step: RecordedStep,
  provided: ProvidedValue,
): void {
  const key = valueKey(operationId, provided.param, provided.value);
  bookOf(memory).byPathValue.set(key, { order: nextOrder(), step: { ...step, provides: [provided] } });
}

/** What the engine declared this exchange depends on: its case's prerequisites, the creators of its path values. */
function declaredOf(memory: RunMemory, exchange: Exchange): Prerequisite[] {
  const book = books.get(memory);
  if (book === undefined) return [];
  const { id, operationId, pathParams } = exchange.case;
  const creators = Object.entries(pathParams).flatMap(
    ([param, value]) => book.byPathValue.get(valueKey(operationId, param, value)) ?? [],
  );
  return [...(book.byCase.get(id) ?? []), ...creators];
}

const sameRequest = (a: RecordedStep, b: RecordedStep): boolean =>
  a.caseId === b.caseId && JSON.stringify(a.request) === JSON.stringify(b.request);

/**
 * The steps to replay before an exchange, in the order they were sent: the minters of what its answer shows
 * (`minted`) and what the engine declared, a step noted in both kept once (the declared one, which may say
 * what it provides).
 */
export function withDeclared(memory: RunMemory, exchange: Exchange, minted: Prerequisite[]): RecordedStep[] {
  const declared = declaredOf(memory, exchange);
  const others = minted.filter(({ step }) => !declared.some((entry) => sameRequest(entry.step, step)));
  return [...declared, ...others].sort((a, b) => a.order - b.order).map((entry) => entry.step);
}
