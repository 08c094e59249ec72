import { getAtPointer } from '../../core/json-pointer.ts';
import type { Exchange } from '../../http/types.ts';
import type { SchemaError } from '../../schema/types.ts';
import type { RunMemory } from '../types.ts';

/**
 * Whether every schema error of an answer is a `format` broken by a value the run itself sent (in this
 * request, or earlier and kept by the server): formats are annotations unless a server asserts them
 * (JSON Schema 2020-12 §7.2.1), so a server that stored what it was given is not at fault. Remembers the
 * values a 2xx answer echoed, for the answers that show them later (a list).
 */
export function formatEchoes(
  memory: RunMemory,
  exchange: Exchange,
  body: unknown,
  errors: readonly SchemaError[],
): boolean {
  const sent = exchange.request.bodyText ?? '';
  const accepted = memory.acceptedFormatValues;
  const values = errors.map((error) =>
    error.keyword === 'format' ? getAtPointer(body, error.instancePath) : undefined,
  );
  const echoes = values.every(
    (value) =>
      typeof value === 'string' && (sent.includes(JSON.stringify(value)) || accepted?.has(value) === true),
  );
  const status = exchange.response?.status ?? 0;
  if (echoes && status >= 200 && status < 300) for (const value of values) accepted?.add(value as string);
  return echoes;
}
