import type { FaultName } from './faults.ts';
import { problem } from './problem.ts';
import type { MockReply } from './types.ts';

export type Role = 'full' | 'read-only';

export interface AuthConfig {
  token: string;
  readOnlyToken: string;
  faults: ReadonlySet<FaultName>;
  /** The role a minted key value opens, if it is one that still works. */
  mintedKeyRole?: (token: string) => Role | undefined;
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="mock"' };

/** `Bearer <token68>`: the scheme is case-insensitive (RFC 7235 section 2.1), one or more spaces. */
const CREDENTIALS = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) +([A-Za-z0-9\-._~+/]+=*) *$/;

function unauthorized(detail: string): MockReply {
  return problem(401, detail, CHALLENGE);
}

function roleOf(token: string, config: AuthConfig): Role | undefined {
  if (token === config.token) return 'full';
  if (token === config.readOnlyToken) return 'read-only';
  const minted = config.mintedKeyRole?.(token);
  if (minted !== undefined) return minted;
  return config.faults.has('unknown-token-accepted') ? 'full' : undefined;
}

/** Who is calling, from the Authorization header, or the 401 to answer. */
export function authenticate(header: string | undefined, config: AuthConfig): Role | MockReply {
  if (header === undefined) {
    return config.faults.has('no-auth') ? 'full' : unauthorized('the Authorization header is missing');
  }
  const match = CREDENTIALS.exec(header);
  const [, scheme = '', token = ''] = match ?? [];
  if (match === null) return unauthorized('the Authorization header is not `Bearer <token>`');
  const bearer = config.faults.has('case-sensitive-bearer')
    ? scheme === 'Bearer'
    : scheme.toLowerCase() === 'bearer';
  if (!bearer) return unauthorized(`the Authorization scheme is not Bearer`);
  return roleOf(token, config) ?? unauthorized('the bearer token is not known');
}
