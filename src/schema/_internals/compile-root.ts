import type { ValidateFunction } from 'ajv';
import type { SpecFinding } from '../../spec/types.ts';
import type { CompiledSchema, JsonSchema, SchemaContext, SchemaError } from '../types.ts';
import { bagRef, pointerOfBagRef } from './bag-ref.ts';
import type { Bag } from './build-bags.ts';
import type { Validators } from './prepare-ajv.ts';
import { toSchemaErrors } from './to-schema-errors.ts';

export interface RootRequest {
  bag: Bag;
  pointer: string;
  operationId: string;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Strict first; a schema with unknown keywords (already reported) is compiled without strict mode. */
function compileValidator(validators: Validators, ref: string): ValidateFunction {
  try {
    return validators.strict.compile({ $ref: ref });
  } catch (error) {
    if (!firstLine(error).startsWith('strict mode: unknown keyword')) throw error;
    return validators.lax().compile({ $ref: ref });
  }
}

/** The meta-schema's complaint when the root, or the schema ajv could not find, was left out of the bag. */
function reasonFor(validators: Validators, context: SchemaContext, pointer: string, error: unknown): string {
  const missingRef = (error as { missingRef?: unknown }).missingRef;
  const missing =
    typeof missingRef === 'string' ? pointerOfBagRef(`oac://${context}`, missingRef) : undefined;
  const own = validators.invalid.get(`${context} ${pointer}`);
  if (own !== undefined) return `invalid schema: ${own}`;
  const referred = missing === undefined ? undefined : validators.invalid.get(`${context} ${missing}`);
  if (missing !== undefined && referred !== undefined) return `${missing} is an invalid schema: ${referred}`;
  return firstLine(error);
}

function runValidator(validate: ValidateFunction, value: unknown): SchemaError[] {
  try {
    return validate(value) ? [] : toSchemaErrors(validate.errors);
  } catch (error) {
    return [
      {
        keyword: 'exception',
        instancePath: '',
        schemaPath: '',
        params: {},
        message: `validation failed: ${firstLine(error)}`,
      },
    ];
  }
}

export function bagResolver(bags: readonly Bag[]): (ref: string) => JsonSchema | undefined {
  return (ref) => {
    for (const bag of bags) {
      const pointer = pointerOfBagRef(bag.id, ref);
      if (pointer !== undefined) return bag.schema.$defs[pointer];
    }
    return undefined;
  };
}

/** Compiles one root schema; undefined (with a `schema-not-compilable` finding) when ajv cannot. */
export function compileRoot(
  validators: Validators,
  bags: readonly Bag[],
  request: RootRequest,
  findings: SpecFinding[],
): CompiledSchema | undefined {
  const { bag, pointer, operationId } = request;
  const ref = bagRef(bag.id, pointer);
  let validateFunction: ValidateFunction;
  try {
    validateFunction = compileValidator(validators, ref);
  } catch (error) {
    const message = `${operationId}: schema cannot be compiled: ${reasonFor(validators, bag.context, pointer, error)}`;
    findings.push({ code: 'schema-not-compilable', severity: 'warning', message, operationId, pointer });
    return undefined;
  }
  return {
    schema: bag.schema.$defs[pointer] ?? { $ref: ref },
    context: bag.context,
    pointer,
    validate: (value) => runValidator(validateFunction, value),
    resolve: bagResolver(bags),
  };
}
