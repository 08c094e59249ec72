import { describe, expect, it } from 'vitest';
import { FAULTS, FAULT_NAMES, type FaultName } from '../../src/mock/faults.ts';
import type { MockOptions, MockServer } from '../../src/mock/types.ts';
import { LIFECYCLE_PROBES } from './lifecycle-fault-probes.ts';
import { create, detailOf, keysPath, send, startMock, uniqueName, type Answer } from './support.ts';

interface Probe {
  /** Options both the clean and the faulty mock start with. */
  options?: MockOptions;
  /** One observation, the same function on both mocks. */
  observe(server: MockServer): Promise<unknown>;
  clean: unknown;
  faulty: unknown;
}

const statusOf = async (answer: Promise<Answer>) => (await answer).status;
const apiKeyOf = async (answer: Promise<Answer>) =>
  ((await answer).json as { apiKey: Record<string, unknown> }).apiKey;
const createStatus = (body: unknown) => (server: MockServer) => statusOf(create(server, body));
const rawCreate = (server: MockServer, headers: Record<string, string>, body: string) =>
  send(server, { headers: { 'content-type': 'application/json', ...headers }, body });
const asToken = (server: MockServer, token: string, body: unknown = { name: uniqueName() }) =>
  statusOf(create(server, body, { token }));
const unauthorized = (server: MockServer) =>
  send(server, { headers: { 'content-type': 'application/json' }, body: '{}' });

async function createdTwice(server: MockServer): Promise<[Answer, Answer]> {
  const name = uniqueName();
  return [await create(server, { name }), await create(server, { name })];
}

const PROBES: Record<FaultName, Probe> = {
  'no-max-length': { observe: createStatus({ name: 'a'.repeat(129) }), clean: 400, faulty: 201 },
  'utf16-length': { observe: createStatus({ name: '😀'.repeat(65) }), clean: 201, faulty: 400 },
  'utf8-length': { observe: createStatus({ name: 'é'.repeat(100) }), clean: 201, faulty: 400 },
  'inclusive-expiry': { observe: createStatus({ name: 'a', expiresAt: 0 }), clean: 400, faulty: 201 },
  'float-expiry': { observe: createStatus({ name: 'a', expiresAt: 1.5 }), clean: 400, faulty: 201 },
  'string-expiry': { observe: createStatus({ name: 'a', expiresAt: '5' }), clean: 400, faulty: 201 },
  'extra-properties-accepted': { observe: createStatus({ name: 'a', admin: true }), clean: 400, faulty: 201 },
  'missing-name-accepted': { observe: createStatus({ expiresAt: 5 }), clean: 400, faulty: 201 },
  'null-name-500': { observe: createStatus({ name: null }), clean: 400, faulty: 500 },
  'null-as-unset': { observe: createStatus({ name: 'a', expiresAt: null }), clean: 400, faulty: 201 },
  'array-unwrapped': { observe: createStatus([{ name: 'a' }]), clean: 400, faulty: 201 },
  'malformed-json-500': {
    observe: (s) => statusOf(rawCreate(s, { authorization: `Bearer ${s.credentials.token}` }, '{"name":')),
    clean: 400,
    faulty: 500,
  },
  'any-content-type': {
    observe: (s) =>
      statusOf(
        rawCreate(
          s,
          { authorization: `Bearer ${s.credentials.token}`, 'content-type': 'text/plain' },
          '{"name":"a"}',
        ),
      ),
    clean: 400,
    faulty: 201,
  },
  'undeclared-422': { observe: createStatus({ name: '' }), clean: 400, faulty: 422 },
  'status-200': { observe: createStatus({ name: 'a' }), clean: 201, faulty: 200 },
  'missing-fingerprint': {
    observe: async (s) => 'fingerprint' in (await apiKeyOf(create(s, { name: 'a' }))),
    clean: true,
    faulty: false,
  },
  'extra-response-field': {
    observe: async (s) => Object.keys(await apiKeyOf(create(s, { name: 'a' }))).sort(),
    clean: ['fingerprint', 'id', 'name', 'value'],
    faulty: ['createdAt', 'fingerprint', 'id', 'name', 'value'],
  },
  'fingerprint-is-value': {
    observe: async (s) => {
      const k = await apiKeyOf(create(s, { name: 'a' }));
      return k['fingerprint'] === k['value'];
    },
    clean: false,
    faulty: true,
  },
  'fingerprint-not-suffix': {
    observe: async (s) => {
      const k = await apiKeyOf(create(s, { name: 'a' }));
      return String(k['value']).endsWith(String(k['fingerprint']));
    },
    clean: true,
    faulty: false,
  },
  'repeated-value': {
    observe: async (s) =>
      (await apiKeyOf(create(s, { name: 'a' })))['value'] ===
      (await apiKeyOf(create(s, { name: 'b' })))['value'],
    clean: false,
    faulty: true,
  },
  'name-trimmed': {
    observe: async (s) => (await apiKeyOf(create(s, { name: ' padded ' })))['name'],
    clean: ' padded ',
    faulty: 'padded',
  },
  'expiry-not-echoed': {
    observe: async (s) =>
      (await apiKeyOf(create(s, { name: 'a', expiresAt: 1_700_000_000_123 })))['expiresAt'],
    clean: 1_700_000_000_123,
    faulty: undefined,
  },
  'expiry-in-seconds': {
    observe: async (s) =>
      (await apiKeyOf(create(s, { name: 'a', expiresAt: 1_700_000_000_123 })))['expiresAt'],
    clean: 1_700_000_000_123,
    faulty: 1_700_000_000,
  },
  'duplicate-accepted': { observe: async (s) => (await createdTwice(s))[1].status, clean: 409, faulty: 201 },
  'value-in-error': {
    observe: async (s) => {
      const [first, second] = await createdTwice(s);
      return detailOf(second).includes(String((first.json as { apiKey: { value: string } }).apiKey.value));
    },
    clean: false,
    faulty: true,
  },
  'forbidden-leaks-key': {
    observe: async (s) =>
      /fk_[\w-]{40}/.test(detailOf(await create(s, { name: 'a' }, { token: s.credentials.readOnlyToken }))),
    clean: false,
    faulty: true,
  },
  'mint-before-authorize': {
    observe: async (s) => {
      const refused = await create(s, { name: 'a' }, { token: s.credentials.readOnlyToken });
      const shown = (refused.json as { metadata?: { apiKey?: { value?: string } } }).metadata?.apiKey?.value;
      return [refused.status, s.state.keys(s.credentials.serviceAccountId).length, shown?.startsWith('fk_')];
    },
    clean: [403, 0, undefined],
    faulty: [403, 1, true],
  },
  'mint-before-authorize-silent': {
    observe: async (s) => {
      const refused = await create(s, { name: 'a' }, { token: s.credentials.readOnlyToken });
      const shown = (refused.json as { metadata?: unknown }).metadata;
      return [refused.status, s.state.keys(s.credentials.serviceAccountId).length, shown === undefined];
    },
    clean: [403, 0, true],
    faulty: [403, 1, true],
  },
  'broken-json-201': {
    observe: async (s) => {
      const fine = await create(s, { name: 'plain' });
      const broken = await create(s, { name: 'say "hi"' });
      return [fine.status, fine.json !== undefined, broken.status, broken.json !== undefined];
    },
    clean: [201, true, 201, true],
    faulty: [201, true, 201, false],
  },
  'quota-ignored': {
    options: { quota: 1 },
    observe: async (s) => [await createStatus({ name: 'a' })(s), await createStatus({ name: 'b' })(s)],
    clean: [201, 402],
    faulty: [201, 201],
  },
  'no-auth': { observe: (s) => statusOf(rawCreate(s, {}, '{"name":"a"}')), clean: 401, faulty: 201 },
  'unknown-token-accepted': { observe: (s) => asToken(s, 'some-other-token-0123'), clean: 401, faulty: 201 },
  'case-sensitive-bearer': {
    observe: (s) =>
      statusOf(rawCreate(s, { authorization: `bearer ${s.credentials.token}` }, '{"name":"a"}')),
    clean: 201,
    faulty: 401,
  },
  'readonly-can-create': { observe: (s) => asToken(s, s.credentials.readOnlyToken), clean: 403, faulty: 201 },
  'forbidden-as-401': { observe: (s) => asToken(s, s.credentials.readOnlyToken), clean: 403, faulty: 401 },
  'unknown-account-201': {
    observe: (s) => statusOf(create(s, { name: 'a' }, { accountId: s.credentials.unknownServiceAccountId })),
    clean: 404,
    faulty: 201,
  },
  'text-plain-errors': {
    observe: async (s) => (await unauthorized(s)).headers['content-type'],
    clean: 'application/json',
    faulty: 'text/plain; charset=utf-8',
  },
  'error-missing-title': {
    observe: async (s) => 'title' in ((await unauthorized(s)).json as object),
    clean: true,
    faulty: false,
  },
  'error-status-mismatch': {
    observe: async (s) => ((await unauthorized(s)).json as { status: number }).status,
    clean: 401,
    faulty: 400,
  },
  // The delay is the mock's own, on a real socket: the client gives up after 500 ms, the least that stays
  // reliable on a loaded machine for the clean mock's immediate 401.
  slow: {
    options: { slowMs: 60_000 },
    observe: (s) =>
      send(s, { path: keysPath(s.credentials.serviceAccountId), headers: {}, headersTimeout: 500 }).then(
        (a) => a.status,
        () => 'timed out',
      ),
    clean: 401,
    faulty: 'timed out',
  },
  ...LIFECYCLE_PROBES,
};

describe('faults', () => {
  it('each has a one-line description and a probe', () => {
    expect(Object.keys(PROBES).sort()).toEqual([...FAULT_NAMES].sort());
    expect(FAULT_NAMES.length).toBeGreaterThanOrEqual(18);
    for (const name of FAULT_NAMES) expect(FAULTS[name]).toMatch(/^[^\n]{10,120}$/);
  });

  for (const name of FAULT_NAMES) {
    it(`${name}: ${FAULTS[name]}`, async () => {
      const probe = PROBES[name];
      const clean = await startMock(probe.options);
      const faulty = await startMock({ ...probe.options, faults: [name] });
      try {
        expect(await probe.observe(clean), 'without the fault').toEqual(probe.clean);
        expect(await probe.observe(faulty), 'with the fault').toEqual(probe.faulty);
      } finally {
        await Promise.all([clean.close(), faulty.close()]);
      }
    });
  }
});
