import type { CredentialAvailability } from '../generate/case-plan-types.ts';
import { credentialSecrets } from '../http/credential-secrets.ts';
import {
  credentialPlaceholder,
  FORBIDDEN_TOKEN_PLACEHOLDER,
  TOKEN_PLACEHOLDER,
} from '../http/placeholders.ts';
import type { CredentialValue, SchemeCredential } from '../http/scheme-credential.ts';
import type { CompiledSpec } from '../schema/types.ts';
import { placementOf } from '../spec/security-placement.ts';
import { securityRequirementsOf } from '../spec/security-requirements.ts';
import { credentialVariable } from '../spec/security-variable.ts';
import type { Operation, SecuritySchemeSpec } from '../spec/types.ts';

type Env = Record<string, string | undefined>;

/** Every non-empty `CONTRACT_AUTH_*` variable, by name. The values are secrets: never print them. */
export type CredentialsConfig = Readonly<Record<string, string>>;

/** Reads the per-scheme credentials (`CONTRACT_AUTH_<SCHEME>` and `CONTRACT_AUTH_<SCHEME>_FORBIDDEN`). */
export function readCredentialsConfig(env: Env): CredentialsConfig {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('CONTRACT_AUTH_') && entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

export interface ResolvedCredentials {
  /** For `HttpClientOptions.credentials`: per scheme key, the credential and its placeholder. */
  credentials: Record<string, SchemeCredential>;
  /** For `CasePlanOptions.credentials`: which schemes have a credential (no values). */
  availability: CredentialAvailability;
  /** Every credential in every form a request may carry it: register each with the redactor. */
  secrets: string[];
  /** `CONTRACT_AUTH_*` variables that name no security scheme of the operations (a typo, probably). */
  unused: string[];
}

export interface CredentialSources {
  /** CONTRACT_TOKEN (or the bundled mock's): the default for bearer, OAuth2 and OpenID Connect schemes. */
  token?: string;
  forbiddenToken?: string;
  credentials: CredentialsConfig;
}

/** Every scheme the operations' security requirements name, once. */
function schemesOf(operations: readonly Pick<Operation, 'security'>[]): SecuritySchemeSpec[] {
  const schemes = new Map<string, SecuritySchemeSpec>();
  for (const operation of operations)
    for (const scheme of securityRequirementsOf(operation).schemes) schemes.set(scheme.key, scheme);
  return [...schemes.values()];
}

/** The scheme's own variable, else (bearer schemes only) CONTRACT_TOKEN / CONTRACT_FORBIDDEN_TOKEN. */
function credentialOf(
  scheme: SecuritySchemeSpec,
  sources: CredentialSources,
  forbidden: boolean,
): CredentialValue | undefined {
  const own = sources.credentials[credentialVariable(scheme.key, forbidden)];
  if (own !== undefined) return { value: own, placeholder: credentialPlaceholder(scheme.key, forbidden) };
  const placed = placementOf(scheme);
  if (!placed.ok || placed.placement.kind !== 'bearer') return undefined;
  const token = forbidden ? sources.forbiddenToken : sources.token;
  if (token === undefined || token === '') return undefined;
  return { value: token, placeholder: forbidden ? FORBIDDEN_TOKEN_PLACEHOLDER : TOKEN_PLACEHOLDER };
}

/** A scheme's credentials; the forbidden one falls back to CONTRACT_FORBIDDEN_TOKEN only with CONTRACT_TOKEN. */
function schemeCredential(
  scheme: SecuritySchemeSpec,
  sources: CredentialSources,
): SchemeCredential | undefined {
  const valid = credentialOf(scheme, sources, false);
  if (valid === undefined) return undefined;
  const forbidden = credentialOf(scheme, sources, true);
  const sameSource =
    forbidden?.placeholder !== FORBIDDEN_TOKEN_PLACEHOLDER || valid.placeholder === TOKEN_PLACEHOLDER;
  return forbidden !== undefined && sameSource ? { valid, forbidden } : { valid };
}

/**
 * The credential of each security scheme the operations use: `CONTRACT_AUTH_<SCHEME>` (the apiKey value,
 * the bearer or OAuth2 / OpenID Connect access token, `user:password` for HTTP Basic), else for a bearer
 * scheme CONTRACT_TOKEN; the same with `_FORBIDDEN` (else, with CONTRACT_TOKEN, CONTRACT_FORBIDDEN_TOKEN)
 * for one lacking permission. A scheme it cannot send (`mutualTLS`, `http digest`) gets none.
 */
export function resolveCredentials(
  sources: CredentialSources,
  operations: readonly Pick<Operation, 'security'>[],
): ResolvedCredentials {
  const credentials: Record<string, SchemeCredential> = {};
  const valid: string[] = [];
  const forbidden: string[] = [];
  const secrets = new Set<string>();
  const named = new Set<string>();
  for (const scheme of schemesOf(operations)) {
    named.add(credentialVariable(scheme.key)).add(credentialVariable(scheme.key, true));
    const placed = placementOf(scheme);
    const credential = schemeCredential(scheme, sources);
    if (!placed.ok || credential === undefined) continue;
    credentials[scheme.key] = credential;
    valid.push(scheme.key);
    if (credential.forbidden !== undefined) forbidden.push(scheme.key);
    for (const held of [credential.valid, credential.forbidden])
      for (const secret of held ? credentialSecrets(held.value, placed.placement) : []) secrets.add(secret);
  }
  const unused = Object.keys(sources.credentials).filter((name) => !named.has(name));
  return { credentials, availability: { valid, forbidden }, secrets: [...secrets], unused };
}

/** The run's credentials, resolved once over every operation of the document: by the session and by `contract plan`. */
export function resolveRunCredentials(
  sources: CredentialSources,
  compiled: Pick<CompiledSpec, 'operations'>,
): ResolvedCredentials {
  return resolveCredentials(
    sources,
    compiled.operations.map((operation) => operation.operation),
  );
}
