import type { RunMemory } from '../check/types.ts';
import type { Exchange } from '../http/types.ts';
import type { RecordedStep } from './recorded-step.ts';
import { nextOrder, withDeclared, type Prerequisite } from './replay-prerequisites.ts';

/** Per run: the steps of the cases that minted a secret (value or id), by case id, in minting order. */
type Book = Map<string, Prerequisite>;
const books = new WeakMap<RunMemory, Book>();

const MAX_PREREQUISITES = 5;
const MAX_DEPTH = 32;

export interface MintCount {
  values: number;
  ids: number;
}

export function mintCount(memory: RunMemory): MintCount {
  return { values: memory.mintedValues.size, ids: memory.mintedIds.size };
}

/** Keeps the step of a case whose answer minted something new (its checks have just registered it). */
export function noteMinter(memory: RunMemory, before: MintCount, step: () => RecordedStep): void {
  const after = mintCount(memory);
  if (after.values === before.values && after.ids === before.ids) return;
  let book = books.get(memory);
  if (book === undefined) books.set(memory, (book = new Map() as Book));
  const recorded = step();
  if (!book.has(recorded.caseId)) book.set(recorded.caseId, { order: nextOrder(), step: recorded });
}

function collectStrings(node: unknown, out: string[], depth: number): void {
  if (typeof node === 'string') out.push(node);
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
  for (const child of Object.values(node)) collectStrings(child, out, depth + 1);
}

/** Cases whose minted value or id this answer shows: exactly as a JSON string, or inside any text. */
function ownersShownIn(memory: RunMemory, exchange: Exchange): Set<string> {
  const owners = new Set<string>();
  const { response } = exchange;
  if (response === undefined) return owners;
  const strings = Object.values(response.headers);
  if (response.json?.ok === true) collectStrings(response.json.value, strings, 0);
  for (const text of strings) {
    const owner = memory.mintedValues.get(text) ?? memory.mintedIds.get(text);
    if (owner !== undefined) owners.add(owner);
  }
  const text = `${response.bodyText}\n${strings.join('\n')}`;
  // The redactor finds any known secret in linear time: only then is every minted value looked for.
  if (memory.redactor.redact(text) === text) return owners;
  for (const [value, owner] of memory.mintedValues) if (text.includes(value)) owners.add(owner);
  return owners;
}

/** The minters of a secret or id the exchange's answer shows (the last few, in minting order). */
function mintersOf(memory: RunMemory, exchange: Exchange): Prerequisite[] {
  const book = books.get(memory);
  if (book === undefined) return [];
  const owners = ownersShownIn(memory, exchange);
  owners.delete(exchange.case.id);
  return [...owners]
    .flatMap((owner) => book.get(owner) ?? [])
    .sort((a, b) => a.order - b.order)
    .slice(-MAX_PREREQUISITES);
}

/**
 * The earlier steps an exchange depends on: the cases that minted a secret or id its answer shows (a key
 * value echoed in a 409, a value returned twice), and those the engine declared (the first request of the
 * deliberate repeat, the creation of the resource its path names; see replay-prerequisites). A replay sends
 * them first, so such findings reproduce.
 */
export function prerequisitesOf(memory: RunMemory, exchange: Exchange): RecordedStep[] {
  return withDeclared(memory, exchange, mintersOf(memory, exchange));
}
