import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../../src/core/result.ts';
import { MOCK_DEFAULTS } from '../../../../src/mock/defaults.ts';
import { findKeyOperations } from '../../../../src/extensions/api-keys/keys/find-key-operations.ts';
import { lifecycleOperations } from '../../../../src/extensions/api-keys/lifecycle/lifecycle-operations.ts';
import { compileSpec } from '../../../../src/schema/compile-spec.ts';
import type { CompiledSpec } from '../../../../src/schema/types.ts';
import { loadSpec } from '../../../../src/spec/load-spec.ts';

async function compiled(path: string): Promise<CompiledSpec> {
  return unwrap(compileSpec(unwrap(await loadSpec(path))));
}

/** Another API's tokens: other names, DELETE to revoke, a `regenerate` verb, the secret in `secret`. */
const TOKENS = `
openapi: 3.1.0
info: { title: tokens, version: '1' }
paths:
  /v1/tokens:
    post:
      operationId: mintToken
      requestBody: { content: { application/json: { schema: { type: object, properties: { label: { type: string } } } } } }
      responses:
        '201': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Minted' } } } }
    get:
      operationId: tokens
      responses: { '200': { description: ok } }
  /v1/tokens/{tokenId}:
    delete:
      operationId: dropToken
      parameters: [{ name: tokenId, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: gone } }
  /v1/tokens/{tokenId}/regenerate:
    post:
      operationId: newSecret
      parameters: [{ name: tokenId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Minted' } } } }
components:
  schemas:
    Minted: { type: object, properties: { id: { type: string }, secret: { type: string } } }
`;

describe('findKeyOperations', () => {
  it('finds create, list, revoke and rotate of the Service Accounts family by their shape', async () => {
    const ops = findKeyOperations(await compiled(MOCK_DEFAULTS.familySpecPath), ['value']);
    expect({
      create: ops?.create.operation.operationId,
      list: ops?.list?.operation.operationId,
      revoke: ops?.revoke?.operation.operationId,
      rotate: ops?.rotate?.operation.operationId,
      keyParam: ops?.keyParam,
    }).toEqual({
      create: 'createServiceAccountApiKey',
      list: 'listServiceAccountApiKeys',
      revoke: 'revokeServiceAccountApiKey',
      rotate: 'rotateServiceAccountApiKey',
      keyParam: 'keyId',
    });
  });

  it('finds only create in the pinned document; the life cycle says what is missing', async () => {
    const spec = await compiled(MOCK_DEFAULTS.specPath);
    const ops = findKeyOperations(spec, ['value']);
    expect(ops?.create.operation.operationId).toBe('createServiceAccountApiKey');
    expect([ops?.list, ops?.revoke, ops?.rotate]).toEqual([undefined, undefined, undefined]);
    const support = lifecycleOperations(spec, ['value']);
    expect(support.ok).toBe(false);
    if (!support.ok)
      expect(support.why).toMatch(/declares no list operation \(GET \/api\/v0\/service-accounts/);
  });

  it('knows DELETE as revoke and other verbs for rotate, whatever the names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
    writeFileSync(join(dir, 'tokens.yaml'), TOKENS);
    const ops = findKeyOperations(await compiled(join(dir, 'tokens.yaml')), ['secret']);
    expect([ops?.create.operation.operationId, ops?.list?.operation.operationId]).toEqual([
      'mintToken',
      'tokens',
    ]);
    expect([ops?.revoke?.operation.operationId, ops?.rotate?.operation.operationId]).toEqual([
      'dropToken',
      'newSecret',
    ]);
    expect(ops?.keyParam).toBe('tokenId');
    expect(findKeyOperations(await compiled(join(dir, 'tokens.yaml')), ['value'])).toBeUndefined();
  });
});
