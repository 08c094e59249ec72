import { describe, expect, it } from 'vitest';
import { placementOf } from '../../src/spec/security-placement.ts';
import { securityRequirementsOf } from '../../src/spec/security-requirements.ts';
import { credentialVariable } from '../../src/spec/security-variable.ts';
import type { SecuritySchemeSpec } from '../../src/spec/types.ts';

const apiKey: SecuritySchemeSpec = {
  key: 'ApiKey',
  type: 'apiKey',
  in: 'header',
  parameterName: 'X-API-Key',
};
const bearer: SecuritySchemeSpec = { key: 'bearer', type: 'http', scheme: 'bearer' };
const basic: SecuritySchemeSpec = { key: 'basic', type: 'http', scheme: 'basic' };

describe('securityRequirementsOf', () => {
  it('treats no requirement, or an empty alternative, as anonymous access', () => {
    expect(securityRequirementsOf({ security: [] })).toEqual({
      anonymous: true,
      alternatives: [],
      schemes: [],
    });
    const optional = securityRequirementsOf({ security: [[], [apiKey]] });
    expect(optional.anonymous).toBe(true);
    expect(optional.alternatives).toEqual([[apiKey]]);
  });

  it('keeps alternatives (OR) of sets (AND) and lists each scheme once', () => {
    const requirements = securityRequirementsOf({ security: [[apiKey, basic], [bearer], [basic]] });
    expect(requirements.anonymous).toBe(false);
    expect(requirements.alternatives).toHaveLength(3);
    expect(requirements.schemes.map((scheme) => scheme.key)).toEqual(['ApiKey', 'basic', 'bearer']);
  });
});

describe('placementOf', () => {
  it.each([
    [apiKey, { kind: 'header', name: 'X-API-Key' }],
    [
      { ...apiKey, in: 'query' as const, parameterName: 'api_key' },
      { kind: 'query', name: 'api_key' },
    ],
    [
      { ...apiKey, in: 'cookie' as const, parameterName: 'sid' },
      { kind: 'cookie', name: 'sid' },
    ],
    [bearer, { kind: 'bearer' }],
    [basic, { kind: 'basic' }],
    [{ key: 'o', type: 'oauth2' as const }, { kind: 'bearer' }],
    [{ key: 'oidc', type: 'openIdConnect' as const }, { kind: 'bearer' }],
  ])('places %o', (scheme, placement) => {
    expect(placementOf(scheme)).toEqual({ ok: true, placement });
  });

  it('names what it cannot send', () => {
    const digest = placementOf({ key: 'd', type: 'http', scheme: 'digest' });
    expect(digest).toEqual({ ok: false, why: expect.stringContaining('"digest" is not supported') });
    expect(placementOf({ key: 'm', type: 'mutualTLS' })).toEqual({
      ok: false,
      why: expect.stringContaining('mutualTLS'),
    });
    expect(placementOf({ key: 'k', type: 'apiKey', in: 'header' }).ok).toBe(false);
  });
});

describe('credentialVariable', () => {
  it('upper-cases the scheme key and writes every other character as _', () => {
    expect(credentialVariable('ApiKeyAuth')).toBe('CONTRACT_AUTH_APIKEYAUTH');
    expect(credentialVariable('api-key.v2')).toBe('CONTRACT_AUTH_API_KEY_V2');
    expect(credentialVariable('basic', true)).toBe('CONTRACT_AUTH_BASIC_FORBIDDEN');
  });
});
