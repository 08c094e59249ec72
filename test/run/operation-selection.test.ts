import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import {
  isSelected,
  parseOperationFilters,
  readOperationSelection,
} from '../../src/run/operation-selection.ts';
import { knownPathParams, readPathParams } from '../../src/run/path-params.ts';
import { selectOperations } from '../../src/run/select-operations.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

const FAMILY = new URL('../../fixtures/service-accounts.openapi.yaml', import.meta.url).pathname;
let spec: CompiledSpec;

beforeAll(async () => {
  spec = unwrap(compileSpec(unwrap(await loadSpec(FAMILY))));
});

const choiceOf = (env: Record<string, string>) => ({
  operation: env.CONTRACT_OPERATION,
  selection: unwrap(readOperationSelection(env)),
});
const ids = (env: Record<string, string>) =>
  unwrap(selectOperations(spec, choiceOf(env))).map((op) => op.operation.operationId);

describe('CONTRACT_INCLUDE / CONTRACT_EXCLUDE', () => {
  it('parses kind:pattern terms and refuses others, naming the variable', () => {
    expect(
      unwrap(parseOperationFilters('tag:Service Accounts, method:post,path:/api/v0/*,id:createX', 'X')),
    ).toEqual([
      { kind: 'tag', pattern: 'Service Accounts' },
      { kind: 'method', pattern: 'post' },
      { kind: 'path', pattern: '/api/v0/*' },
      { kind: 'id', pattern: 'createX' },
    ]);
    for (const raw of ['post', 'verb:post', 'id:']) {
      const parsed = parseOperationFilters(raw, 'CONTRACT_INCLUDE');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.oneLine()).toMatch(/^OAC_ERR_USAGE: CONTRACT_INCLUDE/);
    }
  });

  it('selects by id, tag, method and path: any pattern of a kind, every kind given; then excludes', () => {
    expect(ids({})).toEqual([
      'listServiceAccountApiKeys',
      'createServiceAccountApiKey',
      'revokeServiceAccountApiKey',
      'rotateServiceAccountApiKey',
    ]);
    expect(ids({ CONTRACT_INCLUDE: 'method:POST' })).toEqual([
      'createServiceAccountApiKey',
      'revokeServiceAccountApiKey',
      'rotateServiceAccountApiKey',
    ]);
    expect(ids({ CONTRACT_INCLUDE: 'tag:service accounts,method:get' })).toEqual([
      'listServiceAccountApiKeys',
    ]);
    expect(ids({ CONTRACT_INCLUDE: 'id:list*,id:revoke*' })).toEqual([
      'listServiceAccountApiKeys',
      'revokeServiceAccountApiKey',
    ]);
    expect(ids({ CONTRACT_INCLUDE: 'path:*/{keyId}/*', CONTRACT_EXCLUDE: 'id:rotate*' })).toEqual([
      'revokeServiceAccountApiKey',
    ]);
    expect(ids({ CONTRACT_INCLUDE: 'tag:Nothing' })).toEqual([]);
  });

  it('CONTRACT_OPERATION names one operation, and an unknown one is an error', () => {
    expect(ids({ CONTRACT_OPERATION: 'listServiceAccountApiKeys' })).toEqual(['listServiceAccountApiKeys']);
    const missing = selectOperations(spec, choiceOf({ CONTRACT_OPERATION: 'nope' }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('OAC_ERR_OPERATION_NOT_FOUND');
  });

  it('reads both variables at once', () => {
    const selection = unwrap(
      readOperationSelection({ CONTRACT_INCLUDE: 'method:get', CONTRACT_EXCLUDE: 'tag:x' }),
    );
    const list = spec.operation('listServiceAccountApiKeys');
    if (list === undefined) throw new Error('no list operation');
    expect(isSelected(list.operation, selection)).toBe(true);
  });
});

describe('CONTRACT_PATH_PARAMS', () => {
  it('reads name=value pairs (values percent-decoded), the service account as a shorthand that it overrides', () => {
    const params = unwrap(readPathParams('serviceAccountId=sa_1, keyId=k%2C1'));
    expect(params).toEqual({ serviceAccountId: 'sa_1', keyId: 'k,1' });
    expect(knownPathParams({ serviceAccountId: 'sa_default', pathParams: { keyId: 'k' } })).toEqual({
      serviceAccountId: 'sa_default',
      keyId: 'k',
    });
    expect(knownPathParams({ serviceAccountId: 'sa_default', pathParams: params }).serviceAccountId).toBe(
      'sa_1',
    );
    expect(unwrap(readPathParams(undefined))).toEqual({});
    const bad = readPathParams('keyId');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('OAC_ERR_USAGE');
  });
});
