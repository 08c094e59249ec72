import { fileURLToPath } from 'node:url';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledSchema, CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));
}

/** Loads and compiles a fixture document; fails the test with the tool error otherwise. */
export async function compileFixture(relative: string): Promise<CompiledSpec> {
  const loaded = await loadSpec(fixturePath(relative));
  if (!loaded.ok) throw loaded.error;
  const compiled = compileSpec(loaded.value);
  if (!compiled.ok) throw compiled.error;
  return compiled.value;
}

/** The compiled schema of an operation's first request body media type. */
export function requestSchema(spec: CompiledSpec, operationId: string): CompiledSchema {
  const schema = spec.operation(operationId)?.requestBody?.media[0]?.schema;
  if (schema === undefined) throw new Error(`${operationId} has no compiled request body schema`);
  return schema;
}

/** The compiled schema of the first media type of an operation's response for a status. */
export function responseSchema(spec: CompiledSpec, operationId: string, status: number): CompiledSchema {
  const schema = spec.operation(operationId)?.responseFor(status)?.media[0]?.schema;
  if (schema === undefined) throw new Error(`${operationId} has no compiled ${status} response schema`);
  return schema;
}
