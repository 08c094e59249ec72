import { describe, expect, it } from 'vitest';
import { createKeyTracker } from '../../../../src/extensions/api-keys/keys/key-tracker.ts';
import { listedItems } from '../../../../src/extensions/api-keys/keys/listed-items.ts';
import { exactJson } from '../../../../src/http/exact-json.ts';
import type { ReceivedResponse } from '../../../../src/http/types.ts';
import { makeExchange, SECRET } from '../../../check/helpers.ts';

/** An answer as the wire gives it: the body text, and what JSON.parse made of it. */
function answer(status: number, bodyText: string): ReceivedResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    bodyText,
    bodyBytes: Buffer.byteLength(bodyText),
    truncated: false,
    json: { ok: true, value: JSON.parse(bodyText) as unknown },
  };
}

describe('integer key ids', () => {
  it('are tracked with their exact digits past 2^53 (JSON.parse would round them)', () => {
    const keys = createKeyTracker({
      runId: 'abcdefghij',
      baseUrl: 'http://127.0.0.1:1',
      secretFields: ['value'],
    });
    const minted = (id: string) => answer(201, `{"apiKey":{"id":${id},"value":"${SECRET}","name":"x"}}`);
    keys.observe(makeExchange(minted('9007199254740993')));
    keys.observe(makeExchange(minted('42')));
    keys.observe(makeExchange(answer(201, `{"apiKey":{"id":1.5,"value":"${SECRET}"}}`)));
    expect(keys.minted().map((key) => key.id)).toEqual(['9007199254740993', '42']);
  });

  it('are read from lists with their exact digits, so a listed key is found by its id', () => {
    const list = answer(200, '{"data":[{"id":9007199254740993,"isRevoked":false},{"id":7}]}');
    const items = listedItems(exactJson(list));
    expect(items.map((item) => String(item['id']))).toEqual(['9007199254740993', '7']);
    expect(listedItems({ data: [{ id: 1.5 }] })).toEqual([]);
  });
});
