import type { FaultName } from './faults.ts';
import type { ApiKeyRecord } from './state.ts';
import type { MockReply } from './types.ts';

function presentedExpiry(key: ApiKeyRecord, faults: ReadonlySet<FaultName>): { expiresAt?: number } {
  if (key.expiresAt === undefined || faults.has('expiry-not-echoed')) return {};
  return { expiresAt: faults.has('expiry-in-seconds') ? Math.floor(key.expiresAt / 1000) : key.expiresAt };
}

/** The 201 answer for a freshly minted key: the only time its value is ever shown. */
export function presentCreatedKey(key: ApiKeyRecord, faults: ReadonlySet<FaultName>): MockReply {
  const apiKey = {
    id: key.id,
    value: key.value,
    ...(faults.has('missing-fingerprint') ? {} : { fingerprint: key.fingerprint }),
    name: faults.has('name-trimmed') ? key.name.trim() : key.name,
    ...presentedExpiry(key, faults),
    ...(faults.has('extra-response-field') ? { createdAt: new Date(key.createdAt).toISOString() } : {}),
  };
  const status = faults.has('status-200') ? 200 : 201;
  return faults.has('broken-json-201')
    ? { status, body: { apiKey }, raw: handBuilt(apiKey) }
    : { status, body: { apiKey } };
}

/** JSON written by string concatenation, strings unescaped: a name with a `"` breaks the whole body. */
function handBuilt(apiKey: Record<string, unknown>): string {
  const members = Object.entries(apiKey).map(([key, value]) =>
    typeof value === 'string' ? `"${key}":"${value}"` : `"${key}":${String(value)}`,
  );
  return `{"apiKey":{${members.join(',')}}}`;
}
