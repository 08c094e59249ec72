import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';
import type { Producer } from './link-producer.ts';

/**
 * By convention: `POST /things` creates what `/things/{thingId}` (and `/things/{thingId}/rotate`) names.
 * The producer is the POST on the collection the parameter's path segment stands in.
 */
export function collectionProducer(
  compiled: CompiledSpec,
  consumer: CompiledOperation,
  param: string,
): Producer | undefined {
  const { path } = consumer.operation;
  const at = path.indexOf(`/{${param}}`);
  if (at <= 0) return undefined;
  const collection = path.slice(0, at);
  const producer = compiled.operations.find(
    (op) => op !== consumer && op.operation.method === 'post' && op.operation.path === collection,
  );
  return producer === undefined ? undefined : { producer, via: 'name' };
}
