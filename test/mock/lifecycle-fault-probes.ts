import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import type { MockOptions, MockServer } from '../../src/mock/types.ts';
import {
  apiKeyOf,
  authenticates,
  createKey,
  listedKeys,
  listKeys,
  revokeKey,
  rotateKey,
} from './family-support.ts';

interface LifecycleProbe {
  options: MockOptions;
  observe(server: MockServer): Promise<unknown>;
  clean: unknown;
  faulty: unknown;
}

type LifecycleFault =
  | 'list-leaks-value'
  | 'list-omits-revoked'
  | 'revoke-not-idempotent'
  | 'revoke-unknown-204'
  | 'revoked-key-still-works'
  | 'rotate-keeps-old-value'
  | 'rotate-changes-name'
  | 'rotate-old-key-kept'
  | 'rotate-revoked-key'
  | 'grace-period-ignored'
  | 'grace-beyond-expiry-accepted'
  | 'revoked-at-not-listed'
  | 'revoke-moves-revoked-at'
  | 'grace-max-ignored';

const family: MockOptions = { specPath: MOCK_DEFAULTS.familySpecPath };

function probe(observe: (server: MockServer) => Promise<unknown>, clean: unknown, faulty: unknown) {
  return { options: family, observe, clean, faulty };
}

async function rotated(server: MockServer, body?: Record<string, unknown>) {
  const old = await createKey(server);
  return { old, fresh: apiKeyOf(await rotateKey(server, old.id, body)) };
}

async function listedRevokedAt(server: MockServer, id: string): Promise<unknown> {
  return (await listedKeys(server)).find((key) => key.id === id)?.revokedAt;
}

async function revokedKey(server: MockServer) {
  const key = await createKey(server);
  await revokeKey(server, key.id);
  return key;
}

/** Probes of the faults of list, revoke and rotate: each observation differs between a clean and a faulty mock. */
export const LIFECYCLE_PROBES: Record<LifecycleFault & FaultName, LifecycleProbe> = {
  'list-leaks-value': probe(
    async (s) => {
      const { value } = await createKey(s);
      return (await listKeys(s)).text.includes(value);
    },
    false,
    true,
  ),
  'list-omits-revoked': probe(
    async (s) => {
      const { id } = await revokedKey(s);
      return (await listKeys(s)).text.includes(id);
    },
    true,
    false,
  ),
  'revoke-not-idempotent': probe(
    async (s) => (await revokeKey(s, (await revokedKey(s)).id)).status,
    204,
    404,
  ),
  'revoke-unknown-204': probe(async (s) => (await revokeKey(s, 'key_unknown')).status, 404, 204),
  'revoked-key-still-works': probe(async (s) => authenticates(s, (await revokedKey(s)).value), false, true),
  'rotate-keeps-old-value': probe(
    async (s) => {
      const { old, fresh } = await rotated(s);
      return fresh.value === old.value;
    },
    false,
    true,
  ),
  'rotate-changes-name': probe(
    async (s) => {
      const { old, fresh } = await rotated(s);
      return fresh.name === old.name;
    },
    true,
    false,
  ),
  'rotate-old-key-kept': probe(async (s) => authenticates(s, (await rotated(s)).old.value), false, true),
  'rotate-revoked-key': probe(async (s) => (await rotateKey(s, (await revokedKey(s)).id)).status, 409, 200),
  'grace-period-ignored': probe(
    async (s) => authenticates(s, (await rotated(s, { gracePeriodMinutes: 2 })).old.value),
    true,
    false,
  ),
  'grace-beyond-expiry-accepted': probe(
    async (s) => {
      const key = await createKey(s, { expiresAt: Date.now() + 60_000 });
      return (await rotateKey(s, key.id, { gracePeriodMinutes: 5 })).status;
    },
    400,
    200,
  ),
  'revoked-at-not-listed': probe(
    async (s) => typeof (await listedRevokedAt(s, (await revokedKey(s)).id)),
    'number',
    'undefined',
  ),
  'revoke-moves-revoked-at': probe(
    async (s) => {
      const { id } = await revokedKey(s);
      const first = await listedRevokedAt(s, id);
      await revokeKey(s, id);
      return (await listedRevokedAt(s, id)) === first;
    },
    true,
    false,
  ),
  'grace-max-ignored': probe(
    async (s) => authenticates(s, (await rotated(s, { gracePeriodMinutes: 10 })).old.value),
    true,
    false,
  ),
};
