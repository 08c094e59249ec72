import { unwrap } from '../../src/core/result.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import type { MockOptions, MockServer } from '../../src/mock/types.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { describeSchemaError } from '../../src/schema/describe-schema-error.ts';
import type { CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { create, keysPath, send, startMock, uniqueName, type Answer } from './support.ts';

/** The mock serving the Service Accounts family document (create, list, revoke, rotate). */
export function startFamilyMock(options: MockOptions = {}): Promise<MockServer> {
  return startMock({ specPath: MOCK_DEFAULTS.familySpecPath, ...options });
}

export interface MintedKey {
  id: string;
  value: string;
  fingerprint: string;
  name: string;
  expiresAt?: number;
}

export interface ListedKey {
  id: string;
  name: string;
  fingerprint: string;
  createdAt: number;
  isRevoked: boolean;
  expiresAt?: number;
  revokedAt?: number;
  value?: string;
}

export function apiKeyOf(answer: Answer): MintedKey {
  return (answer.json as { apiKey: MintedKey }).apiKey;
}

export async function createKey(server: MockServer, body: Record<string, unknown> = {}): Promise<MintedKey> {
  const answer = await create(server, { name: uniqueName(), ...body });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
  return apiKeyOf(answer);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** GET the account's keys with a token (the full token by default). */
export function listKeys(server: MockServer, token = server.credentials.token): Promise<Answer> {
  return send(server, {
    method: 'GET',
    path: keysPath(server.credentials.serviceAccountId),
    headers: bearer(token),
  });
}

export async function listedKeys(server: MockServer): Promise<ListedKey[]> {
  return ((await listKeys(server)).json as { apiKeys: ListedKey[] }).apiKeys;
}

export function revokeKey(
  server: MockServer,
  keyId: string,
  token = server.credentials.token,
): Promise<Answer> {
  const path = `${keysPath(server.credentials.serviceAccountId)}/${encodeURIComponent(keyId)}/revoke`;
  return send(server, { path, headers: bearer(token) });
}

export function rotateKey(
  server: MockServer,
  keyId: string,
  body?: Record<string, unknown>,
  token = server.credentials.token,
): Promise<Answer> {
  const path = `${keysPath(server.credentials.serviceAccountId)}/${encodeURIComponent(keyId)}/rotate`;
  const headers = { ...bearer(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
  return send(server, { path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Whether a token opens the API: the list answers anything but 401 to it. */
export async function authenticates(server: MockServer, token: string): Promise<boolean> {
  return (await listKeys(server, token)).status !== 401;
}

let compiled: Promise<CompiledSpec> | undefined;

/** Why an answer does not match the family document's response for its status; `[]` when it does. */
export async function familyConformance(answer: Answer, operationId: string): Promise<string[]> {
  compiled ??= loadSpec(MOCK_DEFAULTS.familySpecPath).then((loaded) => unwrap(compileSpec(unwrap(loaded))));
  const response = (await compiled).operation(operationId)?.responseFor(answer.status);
  if (response === undefined) return [`status ${answer.status} is not declared`];
  if (answer.status === 204) return answer.text === '' ? [] : ['a 204 carries a body'];
  const media = response.media.find((m) => String(answer.headers['content-type']).startsWith(m.mediaType));
  if (media === undefined) return [`content type ${String(answer.headers['content-type'])} is not declared`];
  return (media.schema?.validate(answer.json) ?? []).map(describeSchemaError);
}
