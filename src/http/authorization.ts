import type { AuthMode, CaseScheme, RequestCase } from '../generate/types.ts';
import { garbleToken } from './garble-token.ts';
import {
  FORBIDDEN_TOKEN_PLACEHOLDER,
  TOKEN_PLACEHOLDER,
  UNKNOWN_BASIC,
  UNKNOWN_TOKEN,
} from './placeholders.ts';
import type { CredentialValue } from './scheme-credential.ts';
import type { HttpClientOptions } from './types.ts';

/** One credential as sent (`wire`) and as recorded (`recorded`: placeholders and shell expressions only). */
export interface PlacedCredential {
  kind: 'header' | 'query' | 'cookie';
  /** Header names lower-cased. */
  name: string;
  wire: string;
  recorded: string;
}

/** A credential string before it is placed: its value, and how a shell rebuilds it from the placeholder. */
interface CredentialText {
  value: string;
  /** The placeholder (a secret) or the value itself (nothing secret: empty, unknown). */
  source: string;
  secret: boolean;
  pipes: string[];
}

type Options = Pick<HttpClientOptions, 'token' | 'forbiddenToken' | 'credentials'>;

const literal = (value: string): CredentialText => ({ value, source: value, secret: false, pipes: [] });
const held = (credential: CredentialValue): CredentialText => ({
  value: credential.value,
  source: credential.placeholder,
  secret: true,
  pipes: [],
});

function shellOf(text: CredentialText): string {
  if (!text.secret || text.pipes.length === 0) return text.source;
  return `$(printf %s "${text.source}" | ${text.pipes.join(' | ')})`;
}

/** The credentials held for a scheme; a bearer scheme without its own falls back to CONTRACT_TOKEN. */
function heldFor(
  scheme: CaseScheme,
  options: Options,
): { valid?: CredentialValue; forbidden?: CredentialValue } {
  const own = options.credentials?.[scheme.key];
  if (own !== undefined || scheme.placement.kind !== 'bearer') return { ...own };
  const { token, forbiddenToken } = options;
  return {
    valid: { value: token, placeholder: TOKEN_PLACEHOLDER },
    ...(forbiddenToken === undefined
      ? {}
      : { forbidden: { value: forbiddenToken, placeholder: FORBIDDEN_TOKEN_PLACEHOLDER } }),
  };
}

/**
 * The credential string a mode sends for a scheme, or undefined for none. Without the credential a mode
 * needs (a forbidden one, a valid one to garble), the unknown one is sent: such cases are tagged and their
 * checks skipped upstream, and nothing is created.
 */
function textFor(mode: AuthMode, scheme: CaseScheme, options: Options): CredentialText | undefined {
  const { valid, forbidden } = heldFor(scheme, options);
  const unknown = literal(scheme.placement.kind === 'basic' ? UNKNOWN_BASIC : UNKNOWN_TOKEN);
  switch (mode) {
    case 'none':
      return undefined;
    case 'empty':
    case 'empty-bearer':
      return literal('');
    case 'unknown':
      return unknown;
    case 'forbidden':
      return forbidden === undefined ? unknown : held(forbidden);
    case 'garbled': {
      if (valid === undefined) return unknown;
      const garbled = garbleToken(valid.value, valid.placeholder);
      return { value: garbled.value, source: valid.placeholder, secret: true, pipes: [garbled.pipe] };
    }
    default:
      return valid === undefined ? undefined : held(valid);
  }
}

const BEARER_NAME: Partial<Record<AuthMode, string>> = {
  'scheme-lowercase': 'bearer',
  'scheme-uppercase': 'BEARER',
};

function place(scheme: CaseScheme, mode: AuthMode, text: CredentialText): PlacedCredential {
  const { placement } = scheme;
  if (placement.kind === 'bearer') {
    const name = BEARER_NAME[mode] ?? 'Bearer';
    return {
      kind: 'header',
      name: 'authorization',
      wire: `${name} ${text.value}`,
      recorded: `${name} ${shellOf(text)}`,
    };
  }
  if (placement.kind === 'basic') {
    const encoded = text.value === '' ? '' : Buffer.from(text.value, 'utf8').toString('base64');
    const recorded = text.secret
      ? shellOf({ ...text, pipes: [...text.pipes, 'base64', `tr -d '\\n'`] })
      : encoded;
    return { kind: 'header', name: 'authorization', wire: `Basic ${encoded}`, recorded: `Basic ${recorded}` };
  }
  const name = placement.kind === 'header' ? placement.name.toLowerCase() : placement.name;
  return { kind: placement.kind, name, wire: text.value, recorded: shellOf(text) };
}

/** A bearer token, as cases sent before security schemes were modelled. */
const LEGACY: CaseScheme[] = [{ key: '', placement: { kind: 'bearer' } }];

/**
 * The credentials a case sends, each where its scheme says: the case's mode for the scheme at fault (for
 * every scheme when none is named), valid credentials for the others. A case without `credentials` sends a
 * bearer token.
 */
export function credentialsFor(requestCase: RequestCase, options: Options): PlacedCredential[] {
  const schemes = requestCase.credentials?.schemes ?? LEGACY;
  const fault = requestCase.credentials?.fault;
  return schemes.flatMap((scheme) => {
    const mode = fault === undefined || fault === scheme.key ? requestCase.auth : 'valid';
    const text = textFor(mode, scheme, options);
    return text === undefined ? [] : [place(scheme, mode, text)];
  });
}
