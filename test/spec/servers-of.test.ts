import { describe, expect, it } from 'vitest';
import { listOperations } from '../../src/spec/list-operations.ts';
import { serversOf } from '../../src/spec/servers-of.ts';
import { effectiveBaseUrl } from '../../src/spec/effective-base-url.ts';

const document: Record<string, unknown> = {
  openapi: '3.1.0',
  info: { title: 'Servers', version: '1' },
  servers: [{ url: 'https://api.example.com/v1' }],
  paths: {
    '/plain': { get: { operationId: 'plain', responses: {} } },
    '/item': {
      servers: [{ url: '/item-level' }],
      get: { operationId: 'itemLevel', responses: {} },
      post: { operationId: 'operationLevel', servers: [{ url: './op' }], responses: {} },
      put: { operationId: 'emptyOperationList', servers: [], responses: {} },
    },
    '/shared': { $ref: '#/components/pathItems/Shared' },
  },
  components: {
    pathItems: {
      Shared: { servers: [{ url: '/shared-level' }], get: { operationId: 'shared', responses: {} } },
    },
  },
};

function serverOf(operationId: string): unknown[] {
  const operation = listOperations(document, '3.1').operations.find((o) => o.operationId === operationId);
  if (operation === undefined) throw new Error(`${operationId} not listed`);
  return serversOf(document, operation);
}

describe('serversOf: the most specific non-empty servers list wins', () => {
  it.each([
    ['plain', 'https://api.example.com/v1'],
    ['itemLevel', '/item-level'],
    ['operationLevel', './op'],
    ['emptyOperationList', '/item-level'],
    ['shared', '/shared-level'],
  ])('%s -> %s', (operationId, expected) => {
    expect(serverOf(operationId)).toEqual([{ url: expected }]);
  });

  it('gives no servers for a document without any', () => {
    const bare = { ...document, servers: undefined };
    const [operation] = listOperations(bare, '3.1').operations;
    if (operation === undefined) throw new Error('no operation');
    expect(serversOf(bare, operation)).toEqual([]);
  });

  it('composes with effectiveBaseUrl', () => {
    expect(effectiveBaseUrl('http://127.0.0.1:1', serverOf('operationLevel')).url).toBe(
      'http://127.0.0.1:1/op',
    );
    expect(effectiveBaseUrl('http://127.0.0.1:1', serverOf('plain')).url).toBe('http://127.0.0.1:1/v1');
  });
});
