import { getAtPointer } from '../../core/json-pointer.ts';
import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';

/** A producer of a path value: the operation whose 2xx answer holds it, and where (a body pointer) if known. */
export interface Producer {
  producer: CompiledOperation;
  /** `/id` from a link's `$response.body#/id`; undefined: found by the parameter's name. */
  pointer?: string;
  via: 'link' | 'name';
}

type Node = Record<string, unknown>;

const object = (value: unknown): Node | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;

/** Follows internal `$ref`s (responses and links may be components). */
function deref(document: unknown, value: unknown): Node | undefined {
  let node = object(value);
  for (let hops = 0; node && typeof node['$ref'] === 'string' && hops < 8; hops++) {
    const ref = node['$ref'];
    node = ref.startsWith('#') ? object(getAtPointer(document, ref.slice(1))) : undefined;
  }
  return node;
}

/** Whether a link targets the operation: by `operationId`, or by an `operationRef` to its pointer. */
function targets(link: Node, consumer: CompiledOperation): boolean {
  const { operationId, pointer } = consumer.operation;
  if (link['operationId'] === operationId) return true;
  const ref = link['operationRef'];
  return typeof ref === 'string' && ref.startsWith('#') && ref.slice(1) === pointer;
}

/** The body pointer a link gives the parameter (`thingId` or `path.thingId`): `$response.body#/id`. */
function bodyPointer(link: Node, param: string): string | undefined {
  const parameters = object(link['parameters']) ?? {};
  const expression = parameters[param] ?? parameters[`path.${param}`];
  if (typeof expression !== 'string') return undefined;
  const match = /^\$response\.body#(.*)$/.exec(expression.trim());
  return match?.[1];
}

function linksOf(document: unknown, producer: CompiledOperation): Node[] {
  const responses = object(getAtPointer(document, `${producer.operation.pointer}/responses`)) ?? {};
  return Object.entries(responses)
    .filter(([status]) => /^2(\d\d|XX)$/i.test(status))
    .flatMap(([, response]) => Object.values(object(deref(document, response)?.['links']) ?? {}))
    .map((link) => deref(document, link))
    .filter((link): link is Node => link !== undefined);
}

/** The document's own word: a 2xx answer of some operation links its body to the parameter (OpenAPI links). */
export function linkProducer(
  compiled: CompiledSpec,
  consumer: CompiledOperation,
  param: string,
): Producer | undefined {
  const { document } = compiled.spec;
  for (const producer of compiled.operations) {
    if (producer === consumer) continue;
    for (const link of linksOf(document, producer)) {
      const pointer = targets(link, consumer) ? bodyPointer(link, param) : undefined;
      if (pointer !== undefined) return { producer, pointer, via: 'link' };
    }
  }
  return undefined;
}
