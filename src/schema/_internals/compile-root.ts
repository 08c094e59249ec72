import type { ValidateFunction } from 'ajv';
import type { SpecFinding } from '../../spec/types.ts';
import type { CompiledSchema, JsonSchema, SchemaContext, SchemaError } from '../types.ts';
import { bagRef, pointerOfBagRef } from './bag-ref.ts';
import type { Bag } from './build-bags.ts';
import { LAZY_VALIDATORS } from './lazy-validators.ts';
import type { Preflight } from './preflight.ts';
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
  // ajv recurses through `$ref`s as it compiles: a loop of `$ref`s with no schema between them never ends.
  if (error instanceof RangeError)
    return 'its `$ref`s lead back to themselves without a schema in between (a `$ref` loop), or it nests too deeply to compile';
  return firstLine(error);
}

function exception(message: string): SchemaError[] {
  return [{ keyword: 'exception', instancePath: '', schemaPath: '', params: {}, message }];
}

function runValidator(validate: ValidateFunction, value: unknown): SchemaError[] {
  try {
    return validate(value) ? [] : toSchemaErrors(validate.errors);
  } catch (error) {
    return exception(`validation failed: ${firstLine(error)}`);
  }
}

/** Validation by the instance with formats as annotations, compiled on first use. */
function formatsAside(validators: Validators, ref: string): (value: unknown) => SchemaError[] {
  let compiled: ValidateFunction | { error: string } | undefined;
  return (value) => {
    try {
      compiled ??= validators.formatsAside().compile({ $ref: ref });
    } catch (error) {
      compiled = { error: firstLine(error) };
    }
    return 'error' in compiled
      ? exception(`schema cannot be compiled: ${compiled.error}`)
      : runValidator(compiled, value);
  };
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

export interface CompileContext {
  validators: Validators;
  bags: readonly Bag[];
  preflight: Preflight;
  findings: SpecFinding[];
}

function notCompilable(request: RootRequest, reason: string): SpecFinding {
  const { operationId, pointer } = request;
  const message = `${operationId}: schema cannot be compiled: ${reason}`;
  return { code: 'schema-not-compilable', severity: 'warning', message, operationId, pointer };
}

/**
 * One root schema. Undefined (with a `schema-not-compilable` finding) when its preflight finds why ajv
 * could not compile it; otherwise its validator is compiled on first use, and a failure then (which the
 * preflight did not foresee) becomes the same finding and an `exception` error from `validate`.
 */
export function compileRoot(context: CompileContext, request: RootRequest): CompiledSchema | undefined {
  const { validators, bags, findings } = context;
  const { bag, pointer } = request;
  const predicted = context.preflight(bag, pointer);
  if (predicted !== undefined) {
    findings.push(notCompilable(request, predicted));
    return undefined;
  }
  const ref = bagRef(bag.id, pointer);
  let compiled: { validate: ValidateFunction } | { error: string } | undefined;
  const compile = (): { validate: ValidateFunction } | { error: string } => {
    try {
      compiled ??= { validate: compileValidator(validators, ref) };
    } catch (error) {
      compiled = { error: reasonFor(validators, bag.context, pointer, error) };
      findings.push(notCompilable(request, compiled.error));
    }
    return compiled;
  };
  const schema: CompiledSchema = {
    schema: bag.schema.$defs[pointer] ?? { $ref: ref },
    context: bag.context,
    pointer,
    validate: (value) => {
      const validator = compile();
      return 'error' in validator
        ? exception(`schema cannot be compiled: ${validator.error}`)
        : runValidator(validator.validate, value);
    },
    validateFormatsAside: formatsAside(validators, ref),
    resolve: bagResolver(bags),
  };
  LAZY_VALIDATORS.set(schema, () => {
    const validator = compile();
    return 'error' in validator ? validator.error : undefined;
  });
  return schema;
}
