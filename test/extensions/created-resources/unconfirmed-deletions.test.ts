import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import { deletableCollections } from '../../../src/extensions/created-resources/deletable-collections.ts';
import { deleteCreated } from '../../../src/extensions/created-resources/delete-created.ts';
import { trackCreatedResources } from '../../../src/extensions/created-resources/resource-tracker.ts';
import type { RequestCase } from '../../../src/generate/types.ts';
import type { Exchange, HttpClient } from '../../../src/http/types.ts';
import { compileSpec } from '../../../src/schema/compile-spec.ts';
import { loadSpec } from '../../../src/spec/load-spec.ts';
import { createThings, documentOf, pathParam } from '../../support/openapi-parts.ts';

const item = (withGet: boolean) => ({
  parameters: [pathParam('thingId')],
  delete: { operationId: 'deleteThing', responses: { '204': { description: 'deleted' } } },
  ...(withGet && { get: { operationId: 'getThing', responses: { '200': { description: 'the thing' } } } }),
});

async function deletionOf(withGet: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'unconfirmed-'));
  const file = join(dir, 'things.json');
  writeFileSync(
    file,
    JSON.stringify(documentOf({ '/things': createThings(10), '/things/{thingId}': item(withGet) })),
  );
  const compiled = unwrap(compileSpec(unwrap(await loadSpec(file))));
  const deletion = deletableCollections(compiled).get('createThing');
  if (deletion === undefined) throw new Error('no deletion for createThing');
  return deletion;
}

/** DELETE answers `deleteStatus`, GET `getStatus`. */
function answering(deleteStatus: number, getStatus: number): { client: HttpClient; sent: RequestCase[] } {
  const sent: RequestCase[] = [];
  const client: HttpClient = {
    send: (requestCase) => {
      sent.push(requestCase);
      const status = requestCase.method === 'delete' ? deleteStatus : getStatus;
      return Promise.resolve({ case: requestCase, response: { status, headers: {} } } as unknown as Exchange);
    },
    close: () => Promise.resolve(),
  };
  return { client, sent };
}

const NO_CREDENTIALS = { valid: [], forbidden: [] };

describe('a clean-up DELETE answered 404 is not taken for "deleted"', () => {
  it('the GET on its path decides: 404 gone, 200 still there', async () => {
    const deletion = await deletionOf(true);
    const resources = [{ deletion, pathParams: { thingId: 't1' }, label: 'DELETE /things/t1' }];
    const gone = answering(404, 404);
    expect(await deleteCreated({ client: gone.client, availability: NO_CREDENTIALS }, resources, 1)).toEqual({
      deleted: 1,
      failed: [],
    });
    expect(gone.sent.map((c) => `${c.method} ${c.pathParams['thingId'] ?? ''}`)).toEqual([
      'delete t1',
      'get t1',
    ]);
    const there = answering(404, 200);
    expect(await deleteCreated({ client: there.client, availability: NO_CREDENTIALS }, resources, 1)).toEqual(
      {
        deleted: 0,
        failed: [{ label: 'DELETE /things/t1', outcome: 'answered 404, not confirmed: GET answered 200' }],
      },
    );
  });

  it('without a GET, it is not confirmed', async () => {
    const deletion = await deletionOf(false);
    const resources = [{ deletion, pathParams: { thingId: 't1' }, label: 'DELETE /things/t1' }];
    const { client } = answering(404, 404);
    expect(await deleteCreated({ client, availability: NO_CREDENTIALS }, resources, 1)).toEqual({
      deleted: 0,
      failed: [
        {
          label: 'DELETE /things/t1',
          outcome: 'answered 404, not confirmed: the document declares no GET on its path to check',
        },
      ],
    });
  });

  it('what a case of the run deleted (2xx) is not deleted again', async () => {
    const deletions = new Map([['createThing', await deletionOf(false)]]);
    const server: HttpClient = {
      send: (requestCase) => {
        const created = requestCase.method === 'post';
        const response = created
          ? { status: 201, headers: {}, bodyText: '{"id":"t1"}', json: { ok: true, value: { id: 't1' } } }
          : { status: 204, headers: {} };
        return Promise.resolve({ case: requestCase, response } as unknown as Exchange);
      },
      close: () => Promise.resolve(),
    };
    const tracker = trackCreatedResources(server, deletions);
    const base = { query: {}, headers: {}, cookies: {}, body: { kind: 'none' }, tags: [], uniqueFields: [] };
    const post = {
      ...base,
      id: 'c',
      operationId: 'createThing',
      method: 'post',
      pathTemplate: '/things',
      pathParams: {},
    };
    await tracker.client.send(post as unknown as RequestCase);
    expect(tracker.created().map((resource) => resource.label)).toEqual(['DELETE /things/t1']);
    const del = {
      ...base,
      id: 'd',
      operationId: 'deleteThing',
      method: 'delete',
      pathTemplate: '/things/{thingId}',
      pathParams: { thingId: 't1' },
    };
    await tracker.client.send(del as unknown as RequestCase);
    expect(tracker.created()).toEqual([]);
  });
});
