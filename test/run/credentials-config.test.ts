import { describe, expect, it } from 'vitest';
import { readCredentialsConfig, resolveCredentials } from '../../src/run/credentials-config.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import type { SecuritySchemeSpec } from '../../src/spec/types.ts';

const apiKey: SecuritySchemeSpec = { key: 'api-key', type: 'apiKey', in: 'query', parameterName: 'k' };
const bearer: SecuritySchemeSpec = { key: 'jwt', type: 'http', scheme: 'bearer' };
const oauth: SecuritySchemeSpec = { key: 'oauth', type: 'oauth2' };
const basic: SecuritySchemeSpec = { key: 'basic', type: 'http', scheme: 'basic' };
const mtls: SecuritySchemeSpec = { key: 'mtls', type: 'mutualTLS' };

describe('readCredentialsConfig', () => {
  it('keeps every non-empty CONTRACT_AUTH_* variable, and the run config carries them', () => {
    const env = { CONTRACT_AUTH_X: 'a', CONTRACT_AUTH_Y: '', CONTRACT_TOKEN: 't', OTHER: 'o' };
    expect(readCredentialsConfig(env)).toEqual({ CONTRACT_AUTH_X: 'a' });
    const config = readRunConfig(env);
    expect(config.ok && config.value.credentials).toEqual({ CONTRACT_AUTH_X: 'a' });
  });
});

describe('resolveCredentials', () => {
  const operations = [{ security: [[apiKey], [bearer, basic]] }, { security: [[oauth], [mtls]] }];

  it('reads each scheme from its own variable, bearer-like schemes falling back to CONTRACT_TOKEN', () => {
    const resolved = resolveCredentials(
      {
        token: 'tok-123456',
        forbiddenToken: 'ro-tok-123456',
        credentials: {
          CONTRACT_AUTH_API_KEY: 'key-abcdef',
          CONTRACT_AUTH_API_KEY_FORBIDDEN: 'key-readonly',
          CONTRACT_AUTH_JWT: 'jwt-abcdef',
          CONTRACT_AUTH_BASIC: 'alice:pa55word',
          CONTRACT_AUTH_TYPO: 'x',
        },
      },
      operations,
    );
    expect(resolved.credentials).toEqual({
      'api-key': {
        valid: { value: 'key-abcdef', placeholder: '$CONTRACT_AUTH_API_KEY' },
        forbidden: { value: 'key-readonly', placeholder: '$CONTRACT_AUTH_API_KEY_FORBIDDEN' },
      },
      // Its own token: CONTRACT_FORBIDDEN_TOKEN belongs to CONTRACT_TOKEN, not to it.
      jwt: { valid: { value: 'jwt-abcdef', placeholder: '$CONTRACT_AUTH_JWT' } },
      basic: { valid: { value: 'alice:pa55word', placeholder: '$CONTRACT_AUTH_BASIC' } },
      oauth: {
        valid: { value: 'tok-123456', placeholder: '$CONTRACT_TOKEN' },
        forbidden: { value: 'ro-tok-123456', placeholder: '$CONTRACT_FORBIDDEN_TOKEN' },
      },
    });
    expect(resolved.availability).toEqual({
      valid: ['api-key', 'jwt', 'basic', 'oauth'],
      forbidden: ['api-key', 'oauth'],
    });
    expect(resolved.unused).toEqual(['CONTRACT_AUTH_TYPO']);
    expect(resolved.secrets).toEqual(
      expect.arrayContaining([
        'key-abcdef',
        'key-readonly',
        'jwt-abcdef',
        'alice:pa55word',
        Buffer.from('alice:pa55word').toString('base64'),
        'pa55word',
        'tok-123456',
      ]),
    );
  });

  it('holds nothing for a scheme without a credential, nor for one it cannot send', () => {
    const resolved = resolveCredentials({ credentials: { CONTRACT_AUTH_MTLS: 'cert' } }, operations);
    expect(resolved.credentials).toEqual({});
    expect(resolved.availability).toEqual({ valid: [], forbidden: [] });
  });
});
