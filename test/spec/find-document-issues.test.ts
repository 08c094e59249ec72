import { describe, expect, it } from 'vitest';
import { findDocumentIssues } from '../../src/spec/find-document-issues.ts';
import { listOperations } from '../../src/spec/list-operations.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import type { SpecFinding } from '../../src/spec/types.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

function issuesOf(document: Record<string, unknown>): SpecFinding[] {
  return findDocumentIssues(document, listOperations(document, '3.0').operations);
}

const noContent = { description: 'done' };

describe('findDocumentIssues (fixtures/translation/operations.yaml)', async () => {
  const loaded = await loadSpec(fixturePath('translation/operations.yaml'));
  if (!loaded.ok) throw loaded.error;
  const issues = findDocumentIssues(loaded.value.document, loaded.value.operations);
  const ghost = '/paths/~1items~1{itemId}~1ghost~1{other}/post';

  it('finds every issue, each with a stable code, the operation and a pointer', () => {
    expect(issues.map((issue) => [issue.code, issue.operationId, issue.pointer])).toEqual([
      ['optional-body-with-required-properties', 'ghost', `${ghost}/requestBody`],
      [
        'content-on-bodyless-status',
        'put /items/{itemId}',
        '/paths/~1items~1{itemId}/put/responses/204/content',
      ],
      ['duplicate-operation-id', 'getItem', '/paths/~1copies/get'],
      ['path-parameter-not-declared', 'ghost', ghost],
      ['declared-path-parameter-not-in-template', 'ghost', ghost],
      ['no-success-response', 'ghost', `${ghost}/responses`],
      ['security-scheme-undefined', 'ghost', `${ghost}/security`],
    ]);
  });

  it('are all in the loaded spec findings, after the listing findings', () => {
    expect(loaded.value.findings.map((finding) => finding.code)).toEqual([
      'missing-operation-id',
      ...issues.map((issue) => issue.code),
    ]);
  });
});

describe('findDocumentIssues: rules one by one', () => {
  it('optional-body-with-required-properties sees required through $ref and allOf, not when the body is required', () => {
    const schemas = {
      Base: { required: ['id'] },
      Item: { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['name'] }] },
    };
    const body = (required: boolean): Record<string, unknown> => ({
      paths: {
        '/i': {
          post: {
            operationId: 'p',
            requestBody: {
              required,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
            },
            responses: { '201': noContent },
          },
        },
      },
      components: { schemas },
    });
    const [issue] = issuesOf(body(false));
    expect(issue?.code).toBe('optional-body-with-required-properties');
    expect(issue?.message).toBe(
      'p: the request body is optional (no `required: true`) but its application/json schema requires id, name; by the letter of OpenAPI a POST without a body is valid',
    );
    expect(issuesOf(body(true))).toEqual([]);
  });

  it('content-on-bodyless-status covers 204, 205 and 304, not 200', () => {
    const content = { content: { 'application/json': { schema: {} } }, description: 'x' };
    const document = {
      paths: {
        '/a': {
          get: {
            operationId: 'a',
            responses: { '200': content, '204': content, '205': content, '304': content },
          },
        },
      },
    };
    expect(issuesOf(document).map((issue) => issue.pointer)).toEqual([
      '/paths/~1a/get/responses/204/content',
      '/paths/~1a/get/responses/205/content',
      '/paths/~1a/get/responses/304/content',
    ]);
  });

  it('no-success-response accepts 2XX and default', () => {
    const with2XX = { paths: { '/a': { get: { operationId: 'a', responses: { '2XX': noContent } } } } };
    const withDefault = { paths: { '/a': { get: { operationId: 'a', responses: { default: noContent } } } } };
    expect(issuesOf(with2XX)).toEqual([]);
    expect(issuesOf(withDefault)).toEqual([]);
  });

  it('security-scheme-undefined reports a document-level requirement once', () => {
    const document = {
      security: [{ token: [] }],
      paths: { '/a': { get: { operationId: 'a', responses: { '200': noContent } } } },
    };
    expect(issuesOf(document)).toMatchObject([{ code: 'security-scheme-undefined', pointer: '/security' }]);
  });

  it('finds nothing in a tidy document', () => {
    const document = {
      paths: {
        '/a/{id}': {
          get: {
            operationId: 'a',
            parameters: [{ name: 'id', in: 'path', required: true }],
            responses: { '200': noContent },
          },
        },
      },
    };
    expect(issuesOf(document)).toEqual([]);
  });
});
