import { describe, expect, it } from 'vitest';
import type { RequestCase } from '../../src/generate/types.ts';
import { toWireRequest } from '../../src/http/to-wire-request.ts';
import type { Exchange, HttpClientOptions } from '../../src/http/types.ts';
import { caseFromStep } from '../../src/run/case-from-step.ts';
import { recordStep } from '../../src/run/recorded-step.ts';
import { makeCase } from '../http/helpers.ts';

const KEY = 'k3y-Secret_0123456789';
const options: HttpClientOptions = {
  baseUrl: 'http://127.0.0.1:9',
  token: 'unused-token',
  timeoutMs: 1000,
  maxResponseBytes: 1024,
  credentials: {
    q: { valid: { value: KEY, placeholder: '$CONTRACT_AUTH_Q' } },
    c: { valid: { value: KEY, placeholder: '$CONTRACT_AUTH_C' } },
  },
};

describe('a replayed step', () => {
  it('sends its credentials again where their schemes put them, once, from the configured values', () => {
    const original: RequestCase = makeCase({
      query: { a: '1' },
      credentials: {
        schemes: [
          { key: 'q', placement: { kind: 'query', name: 'api_key' } },
          { key: 'c', placement: { kind: 'cookie', name: 'sid' } },
        ],
      },
    });
    const sent = toWireRequest(original, options);
    const exchange: Exchange = { case: original, request: sent.recorded, durationMs: 1 };
    const step = recordStep(exchange, options.baseUrl);
    expect(JSON.stringify(step)).not.toContain(KEY);
    const replayed = toWireRequest(caseFromStep(step), options);
    expect(replayed.wire.url).toBe(sent.wire.url);
    expect(replayed.wire.headers.cookie).toBe(sent.wire.headers.cookie);
  });
});
