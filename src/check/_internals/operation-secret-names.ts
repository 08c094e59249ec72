import type { CompiledOperation, CompiledSchema } from '../../schema/types.ts';
import type { CheckContext } from '../types.ts';
import { schemaPropertyNames } from '../../schema/schema-property-names.ts';

export interface OperationSecretNames {
  /** Secret properties of the 2xx answers: the operation mints secrets when this is not empty. */
  minted: ReadonlySet<string>;
  /** `minted`, plus every `writeOnly` / `format: password` property of any schema of the operation. */
  named: ReadonlySet<string>;
}

const cache = new WeakMap<CompiledOperation, Map<string, OperationSecretNames>>();

function schemasOf(operation: CompiledOperation, success: boolean | undefined): CompiledSchema[] {
  const responses = operation.responses.filter(
    (response) => success === undefined || /^2/.test(response.spec.status) === success,
  );
  const media = responses.flatMap((response) => response.media);
  if (success !== true) media.push(...(operation.requestBody?.media ?? []));
  return media.flatMap((item) => (item.schema === undefined ? [] : [item.schema]));
}

function compute(operation: CompiledOperation, secretFields: readonly string[]): OperationSecretNames {
  const minted = new Set<string>();
  for (const schema of schemasOf(operation, true)) {
    const { declared, secret } = schemaPropertyNames(schema);
    for (const field of secretFields) if (declared.has(field)) minted.add(field);
    for (const name of secret) minted.add(name);
  }
  const named = new Set(minted);
  for (const schema of schemasOf(operation, false))
    for (const name of schemaPropertyNames(schema).secret) named.add(name);
  return { minted, named };
}

/**
 * The property names that hold secrets for an operation, from its schemas: a secret field
 * (`CheckOptions.secretFields`) that a 2xx answer declares, and any `writeOnly` / `format: password` one.
 */
export function operationSecretNames(ctx: CheckContext): OperationSecretNames {
  const bySettings = cache.get(ctx.operation) ?? new Map<string, OperationSecretNames>();
  cache.set(ctx.operation, bySettings);
  const key = ctx.options.secretFields.join('\n');
  const found = bySettings.get(key) ?? compute(ctx.operation, ctx.options.secretFields);
  bySettings.set(key, found);
  return found;
}
