import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import type { LoadedSpec, SpecFinding } from '../../src/spec/types.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

async function load(relative: string): Promise<LoadedSpec> {
  return unwrap(await loadSpec(fixturePath(relative)));
}

function codes(findings: readonly SpecFinding[]): string[] {
  return findings.map((finding) => finding.code);
}

describe('loadSpec: meta-schema violations are warnings, and the document is used as written', () => {
  it('a stray property in one schema and a missing info.version', async () => {
    const spec = await load('specs-imperfect/stray-property.yaml');
    expect(spec.operations.map((operation) => operation.operationId)).toEqual(['listThings', 'createThing']);
    expect(spec.skippedOperations).toEqual([]);
    const invalid = spec.findings.filter((finding) => finding.code === 'document-not-valid');
    expect(invalid.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(invalid.map((finding) => finding.message).join('\n')).toMatch(
      /not valid OpenAPI 3.0: .*version.*used as written/,
    );
    expect(spec.version).toBe('');
  });

  it('an unknown keyword in a 3.0 schema', async () => {
    const spec = await load('specs-broken/unknown-keyword-3.0.yaml');
    expect(spec.operations).toHaveLength(1);
    expect(spec.findings).toMatchObject([
      { code: 'document-not-valid', severity: 'warning', message: /maxLenght is not expected/ },
    ]);
  });

  it('a response without its required description', async () => {
    const spec = await load('specs-broken/invalid-openapi.yaml');
    expect(codes(spec.findings)).toEqual(['missing-operation-id', 'document-not-valid']);
    expect(spec.findings[1]?.message).toMatch(/description is missing/);
  });
});

describe('loadSpec: only what generation uses is resolved', () => {
  it('never follows a $ref inside an extension, to a file or to nothing', async () => {
    const spec = await load('specs-imperfect/extension-refs.yaml');
    expect(spec.operations.map((operation) => operation.operationId)).toEqual(['getA']);
    expect(spec.findings).toEqual([
      {
        code: 'extension-ref-not-followed',
        severity: 'info',
        message: expect.stringMatching(/not followed .*\.\/topics\.md at \/x-topics and 3 more/) as unknown,
        pointer: '/x-topics',
      },
    ]);
  });

  it('follows a $ref under a property whose name starts with x-', async () => {
    const spec = await load('specs-imperfect/extension-refs.yaml');
    const schema = spec.operations[0]?.responses[0]?.content[0]?.schema;
    expect(schema).toMatchObject({ properties: { 'x-id': { $ref: '#/components/schemas/Id' } } });
  });

  it('leaves out unused components whose $refs are broken, with warnings, and bundles the rest', async () => {
    const spec = await load('specs-imperfect/unused-broken-refs.yaml');
    expect(spec.operations.map((operation) => operation.operationId)).toEqual(['postA']);
    expect(JSON.stringify(spec.document)).not.toContain('parts.yaml');
    const unresolved = spec.findings.filter((finding) => finding.code === 'ref-unresolved');
    expect(unresolved.map((finding) => finding.message).join('\n')).toMatch(
      /NoSuchPart.*components no operation uses were left out[\s\S]*NeverDefined[\s\S]*no-such-file.yaml/,
    );
    expect(unresolved.every((finding) => finding.severity === 'warning')).toBe(true);
  });
});

describe('loadSpec: an operation whose own $ref cannot be resolved is skipped with its reason', () => {
  it('skips those operations and keeps the others', async () => {
    const spec = await load('specs-imperfect/some-operations-broken.yaml');
    expect(spec.operations.map((operation) => operation.operationId)).toEqual(['getGood']);
    expect(spec.skippedOperations).toEqual([
      {
        operationId: 'getBadResponse',
        method: 'get',
        path: '/bad-response',
        pointer: '/paths/~1bad-response/get',
        reason:
          'its $ref #/components/schemas/Gone (at /components/schemas/Wrapper/properties/item) cannot be resolved',
      },
      expect.objectContaining({
        operationId: 'getBadParameter',
        reason: expect.stringContaining('#/components/parameters/NoSuchParameter') as unknown,
      }) as unknown,
      expect.objectContaining({
        operationId: 'postBadFile',
        reason: expect.stringContaining('./no-such-file.yaml#/Body') as unknown,
      }) as unknown,
    ]);
  });

  it('skips an operation using a pointer missing from a file that exists, and bundles the file for the others', async () => {
    const spec = await load('specs-imperfect/external-part-missing.yaml');
    expect(spec.operations.map((operation) => operation.operationId)).toEqual(['postGood']);
    expect(spec.skippedOperations).toMatchObject([
      { operationId: 'postBad', reason: expect.stringContaining('./parts.yaml#/NoSuchPart') as unknown },
    ]);
    expect(JSON.stringify(spec.operations[0]?.requestBody)).not.toContain('parts.yaml');
  });

  it('reports each skipped operation as a warning and raises no false structural finding', async () => {
    const spec = await load('specs-imperfect/some-operations-broken.yaml');
    expect(codes(spec.findings)).toEqual([
      'operation-ref-unresolved',
      'operation-ref-unresolved',
      'operation-ref-unresolved',
    ]);
    expect(spec.findings[0]).toMatchObject({
      severity: 'warning',
      operationId: 'getBadResponse',
      message: expect.stringMatching(/^GET \/bad-response is skipped: its \$ref/) as unknown,
    });
  });
});

describe('loadSpec: loosely written documents are read as meant, with a warning', () => {
  it('a YAML mapping that repeats a key: the last value wins', async () => {
    const spec = await load('specs-imperfect/duplicate-keys.yaml');
    expect(spec.operations[0]?.responses).toMatchObject([{ status: '200', description: 'ok' }]);
    expect(spec.findings).toEqual([
      {
        code: 'duplicate-key',
        severity: 'warning',
        message:
          'a mapping repeats a key (Map keys must be unique at line 10, column 9); the last value is used',
      },
    ]);
  });

  it.each([
    [
      'specs-imperfect/loose-version.yaml',
      '3.0',
      '"openapi" is 3, not a full version such as "3.0.0"; read as 3.0.0',
    ],
    [
      'specs-imperfect/loose-version-3.1.json',
      '3.1',
      '"openapi" is "3.1", not a full version such as "3.1.0"; read as 3.1.0',
    ],
  ])('%s is OpenAPI %s', async (relative, dialect, message) => {
    const spec = await load(relative);
    expect(spec).toMatchObject({ dialect, openapiVersion: `${dialect}.0` });
    expect(spec.operations).toHaveLength(1);
    expect(spec.findings).toEqual([
      { code: 'openapi-version-loose', severity: 'warning', message, pointer: '/openapi' },
    ]);
  });
});
