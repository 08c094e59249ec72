import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { skippedPhases } from '../../src/generate/skipped-phases.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { unsupportedFeatures } from '../../src/generate/unsupported-features.ts';
import { compileErrorOf } from '../../src/schema/compile-error-of.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { CompiledOperation, CompiledSchema, CompiledSpec, SchemaError } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { parameterErrors } from '../helpers/read-parameters.ts';

/**
 * GitHub's published OpenAPI document (the @octokit/openapi package: 13 MB, OpenAPI 3.0.3, some 1200
 * operations), as a document this tool has never been tuned to: every operation compiles and is planned
 * without unsupported features, and for a sample of operations every planned case is what it claims, with
 * ajv as the oracle (bodies as JSON, parameters read back from the request as a server would read them).
 */
const GITHUB = fileURLToPath(
  new URL('../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url),
);
/** Every 8th operation, in document order: some 150, all areas of the API. */
const EVERY = 8;
const RUNS = 8;
const LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;

let spec: CompiledSpec;

beforeAll(async () => {
  spec = unwrap(compileSpec(unwrap(await loadSpec(GITHUB))));
}, 120_000);

function schemasOf(operation: CompiledOperation): CompiledSchema[] {
  return [
    ...operation.parameters.flatMap((parameter) => (parameter.schema ? [parameter.schema] : [])),
    ...(operation.requestBody?.media ?? []).flatMap((media) => (media.schema ? [media.schema] : [])),
    ...operation.responses.flatMap((response) => [
      ...response.media.flatMap((media) => (media.schema ? [media.schema] : [])),
      ...response.headers.flatMap((header) => (header.schema ? [header.schema] : [])),
    ]),
  ];
}

function bodyErrors(operation: CompiledOperation, requestCase: RequestCase): SchemaError[] {
  const schema = operation.requestBody?.media.find(
    (media) => media.mediaType === requestCase.headers['content-type'],
  )?.schema;
  if (requestCase.body.kind !== 'json' || schema === undefined) return [];
  return schema.validate(requestCase.body.value);
}

/** Every location but the reason's is valid; the reason's fails for that reason alone. */
function holds(operation: CompiledOperation, requestCase: RequestCase): boolean {
  const reason = requestCase.reason;
  const errors = {
    body: bodyErrors(operation, requestCase),
    ...Object.fromEntries(LOCATIONS.map((where) => [where, parameterErrors(requestCase, operation, where)])),
  } as Record<string, SchemaError[]>;
  const valid = (where: string): boolean => (errors[where] ?? []).length === 0;
  if (requestCase.expect === 'accepted') return Object.keys(errors).every(valid);
  if (reason === undefined || reason.location === 'request') return true;
  return (
    failsOnlyFor(errors[reason.location] ?? [], reason) &&
    Object.keys(errors)
      .filter((where) => where !== reason.location)
      .every(valid)
  );
}

describe("GitHub's OpenAPI document", () => {
  it('loads every operation, and every schema of every operation compiles', () => {
    expect(spec.operations.length).toBeGreaterThan(1000);
    const failures = spec.operations.flatMap((operation) =>
      schemasOf(operation).flatMap((schema) => {
        const error = compileErrorOf(schema);
        return error === undefined ? [] : [`${operation.operation.operationId} ${schema.pointer}: ${error}`];
      }),
    );
    expect(failures).toEqual([]);
    expect(spec.findings.filter((finding) => finding.code === 'schema-not-compilable')).toEqual([]);
  });

  it('has no operation with a feature the generators cannot handle (the count is stable: none)', () => {
    const unsupported = spec.operations.flatMap((operation) =>
      unsupportedFeatures(operation, { fixedPathParams: {}, seed: 1 }).map(
        (feature) => `${feature.operationId}: ${feature.keyword} at ${feature.pointer}: ${feature.reason}`,
      ),
    );
    expect(unsupported).toEqual([]);
  });

  it(`plans every ${EVERY}th operation; each planned case is valid, or invalid for its one stated reason`, () => {
    const sample = spec.operations.filter((_, index) => index % EVERY === 0);
    expect(sample.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    let checked = 0;
    for (const operation of sample) {
      const plan = buildCasePlan(operation, { fixedPathParams: {}, seed: 1 });
      expect(plan.unsupported).toEqual([]);
      const skipped = skippedPhases(plan);
      const cases = [
        ...plan.coverage,
        ...(skipped.has('positive') ? [] : fc.sample(plan.positive, { numRuns: RUNS, seed: 2 })),
        ...(plan.negative ? fc.sample(plan.negative, { numRuns: RUNS, seed: 3 }) : []),
      ];
      for (const requestCase of cases) {
        checked += 1;
        if (!holds(operation, requestCase)) wrong.push(`${requestCase.id}: ${requestCase.title}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(4000);
  });
});
