import { err, ok, type Result } from '../core/result.ts';
import type { LoadedSpec, SpecFinding } from '../spec/types.ts';
import type { CompiledSchema, CompiledSpec, SchemaContext } from './types.ts';
import { buildBag } from './_internals/build-bags.ts';
import { collectRoots } from './_internals/collect-roots.ts';
import { compileOperation, type SchemaLookup } from './_internals/compile-operation.ts';
import { compileRoot, type CompileContext } from './_internals/compile-root.ts';
import { createPreflight } from './_internals/preflight.ts';
import { prepareAjv } from './_internals/prepare-ajv.ts';

function dedupe(findings: SpecFinding[]): SpecFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\n${finding.pointer ?? ''}\n${finding.message.replace(/^[^:]*: /, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The deduplicated findings, in `loaded` followed by `compiled`; later pushes to `compiled` land there too. */
function dedupeInto(compiled: SpecFinding[], loaded: SpecFinding[]): SpecFinding[] {
  const unique = dedupe([...loaded, ...compiled]);
  compiled.splice(0, compiled.length, ...unique);
  return compiled;
}

function compile(spec: LoadedSpec): CompiledSpec {
  const findings: SpecFinding[] = [];
  const roots = collectRoots(spec);
  const request = buildBag(spec, 'request', roots, findings);
  const response = buildBag(spec, 'response', roots, findings);
  const bags = [request, response];
  const validators = prepareAjv(bags, findings);
  const compiling: CompileContext = { validators, bags, preflight: createPreflight(validators), findings };
  const compiled = new Map<string, CompiledSchema | undefined>();
  const lookup: SchemaLookup = (context: SchemaContext, pointer, operationId) => {
    const key = `${context} ${pointer}`;
    if (!compiled.has(key)) {
      const bag = context === 'request' ? request : response;
      compiled.set(key, compileRoot(compiling, { bag, pointer, operationId }));
    }
    return compiled.get(key);
  };
  const operations = spec.operations.map((operation) => compileOperation(operation, lookup));
  return {
    spec,
    operations,
    // Validators compile on first use: a failure then (rare, see preflight) is added to this same list.
    findings: dedupeInto(findings, [...spec.findings]),
    operation: (operationId) =>
      operations.find((operation) => operation.operation.operationId === operationId),
  };
}

/**
 * Translates every schema of the document into two bags (request, response), registers them in one ajv
 * instance and prepares each parameter, body and header schema, compiled exactly once, on first use (a
 * large document has thousands, a run uses a few). A schema ajv cannot compile is reported
 * (`schema-not-compilable`) and left undefined rather than failing the document.
 */
export function compileSpec(spec: LoadedSpec): Result<CompiledSpec> {
  try {
    return ok(compile(spec));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err(
      'OAC_ERR_SCHEMA_COMPILE',
      `schemas of spec ${spec.source} cannot be compiled: ${message.split('\n')[0] ?? ''}`,
    );
  }
}
