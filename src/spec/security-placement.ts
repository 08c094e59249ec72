import type { SecuritySchemeSpec } from './types.ts';

/** Where a credential goes in a request, as its security scheme says. */
export type CredentialPlacement =
  { kind: 'bearer' } | { kind: 'basic' } | { kind: 'header' | 'query' | 'cookie'; name: string };

export type PlacementOf = { ok: true; placement: CredentialPlacement } | { ok: false; why: string };

/**
 * How a scheme's credential is sent, or why it cannot be: `apiKey` in its header, query or cookie; `http`
 * bearer and basic; OAuth2 and OpenID Connect as a given access token (Bearer). Other `http` schemes and
 * `mutualTLS` need what a CI does not hold as one string, so they are named, never guessed.
 */
export function placementOf(scheme: SecuritySchemeSpec): PlacementOf {
  switch (scheme.type) {
    case 'apiKey':
      if (scheme.in === undefined || scheme.parameterName === undefined || scheme.parameterName === '')
        return { ok: false, why: 'apiKey scheme without a valid "in" and "name"' };
      return { ok: true, placement: { kind: scheme.in, name: scheme.parameterName } };
    case 'http':
      if (scheme.scheme === 'bearer') return { ok: true, placement: { kind: 'bearer' } };
      if (scheme.scheme === 'basic') return { ok: true, placement: { kind: 'basic' } };
      return {
        ok: false,
        why: `http scheme "${scheme.scheme ?? '(none)'}" is not supported (bearer and basic are)`,
      };
    case 'oauth2':
    case 'openIdConnect':
      return { ok: true, placement: { kind: 'bearer' } };
    case 'mutualTLS':
      return { ok: false, why: 'mutualTLS is not supported (it needs a client certificate)' };
  }
}
