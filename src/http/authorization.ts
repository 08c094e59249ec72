import type { AuthMode } from '../generate/types.ts';
import { garbleToken } from './garble-token.ts';
import { FORBIDDEN_TOKEN_PLACEHOLDER, TOKEN_PLACEHOLDER, UNKNOWN_TOKEN } from './placeholders.ts';
import type { HttpClientOptions } from './types.ts';

/** The Authorization header as sent and as recorded (placeholders only); undefined for no header. */
export interface AuthorizationHeader {
  wire: string;
  recorded: string;
}

/**
 * The Authorization header for an auth mode. Without a forbidden token, mode `forbidden` sends the unknown
 * token: the case is tagged `no-forbidden-token` upstream and its check is skipped, and nothing is created.
 */
export function authorizationFor(
  auth: AuthMode,
  options: Pick<HttpClientOptions, 'token' | 'forbiddenToken'>,
): AuthorizationHeader | undefined {
  const { token, forbiddenToken } = options;
  switch (auth) {
    case 'none':
      return undefined;
    case 'valid':
      return { wire: `Bearer ${token}`, recorded: `Bearer ${TOKEN_PLACEHOLDER}` };
    case 'empty-bearer':
      return { wire: 'Bearer ', recorded: 'Bearer ' };
    case 'garbled': {
      const garbled = garbleToken(token);
      return { wire: `Bearer ${garbled.value}`, recorded: `Bearer ${garbled.shell}` };
    }
    case 'unknown':
      return { wire: `Bearer ${UNKNOWN_TOKEN}`, recorded: `Bearer ${UNKNOWN_TOKEN}` };
    case 'forbidden':
      return forbiddenToken === undefined
        ? { wire: `Bearer ${UNKNOWN_TOKEN}`, recorded: `Bearer ${UNKNOWN_TOKEN}` }
        : { wire: `Bearer ${forbiddenToken}`, recorded: `Bearer ${FORBIDDEN_TOKEN_PLACEHOLDER}` };
    case 'scheme-lowercase':
      return { wire: `bearer ${token}`, recorded: `bearer ${TOKEN_PLACEHOLDER}` };
    case 'scheme-uppercase':
      return { wire: `BEARER ${token}`, recorded: `BEARER ${TOKEN_PLACEHOLDER}` };
  }
}
