import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../../src/core/result.ts';
import { findKeyOperations } from '../../../../src/extensions/api-keys/keys/find-key-operations.ts';
import { revokeKeys, type KeyRef } from '../../../../src/extensions/api-keys/keys/revoke-keys.ts';
import type { RequestCase } from '../../../../src/generate/types.ts';
import type { Exchange, HttpClient } from '../../../../src/http/types.ts';
import { MOCK_DEFAULTS } from '../../../../src/mock/defaults.ts';
import { compileSpec } from '../../../../src/schema/compile-spec.ts';
import { loadSpec } from '../../../../src/spec/load-spec.ts';

/** Answers every request with `status`, keeping what was sent. */
function answering(status: number): { client: HttpClient; sent: RequestCase[] } {
  const sent: RequestCase[] = [];
  const client: HttpClient = {
    send: (requestCase) => {
      sent.push(requestCase);
      return Promise.resolve({ case: requestCase, response: { status } } as unknown as Exchange);
    },
    close: () => Promise.resolve(),
  };
  return { client, sent };
}

describe('revokeKeys', () => {
  it('sends nothing for a key whose account is unknown (its 404 would say nothing)', async () => {
    const compiled = unwrap(compileSpec(unwrap(await loadSpec(MOCK_DEFAULTS.familySpecPath))));
    const ops = findKeyOperations(compiled, ['value']);
    if (ops?.revoke === undefined || ops.keyParam === undefined) throw new Error('no revoke operation');
    const { client, sent } = answering(404);
    const keys: KeyRef[] = [
      { id: 'k1', pathParams: { serviceAccountId: 'sa_1' } },
      { id: 'k2', pathParams: {} },
    ];
    const sender = { client, availability: { valid: [], forbidden: [] } };
    const outcome = await revokeKeys(sender, { operation: ops.revoke, keyParam: ops.keyParam }, keys, 2);
    expect(sent.map((requestCase) => requestCase.pathParams)).toEqual([
      { serviceAccountId: 'sa_1', [ops.keyParam]: 'k1' },
    ]);
    expect(outcome).toEqual({
      done: [],
      failed: [{ id: 'k2', outcome: 'not sent: no serviceAccountId' }],
      unconfirmed: [
        { id: 'k1', outcome: 'answered 404, not confirmed: the document declares no operation to list keys' },
      ],
    });
  });
});
