import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';
import { collectionProducer } from './collection-producer.ts';
import { linkProducer, type Producer } from './link-producer.ts';

/**
 * What creates the resource a path parameter names: the document's links first (its own word), else the POST
 * on the collection the path names. Undefined when nothing does (the plan says the parameter has no real value).
 */
export function findProducer(
  compiled: CompiledSpec,
  consumer: CompiledOperation,
  param: string,
): Producer | undefined {
  return linkProducer(compiled, consumer, param) ?? collectionProducer(compiled, consumer, param);
}
