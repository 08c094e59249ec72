import type { RequestCase } from '../generate/types.ts';
import { credentialPlaceholder } from './placeholders.ts';
import type { SchemeCredential } from './scheme-credential.ts';

/**
 * Stand-in credentials for showing a case without sending it (`contract plan`): each scheme of the case
 * holds its own placeholder, so the recorded request shows `$CONTRACT_AUTH_<SCHEME>` where the credential
 * goes. Bearer schemes are left to the token given (`$CONTRACT_TOKEN`).
 */
export function placeholderCredentials(requestCase: RequestCase): Record<string, SchemeCredential> {
  const credentials: Record<string, SchemeCredential> = {};
  for (const { key, placement } of requestCase.credentials?.schemes ?? []) {
    if (placement.kind === 'bearer') continue;
    const valid = credentialPlaceholder(key);
    const forbidden = credentialPlaceholder(key, true);
    credentials[key] = {
      valid: { value: valid, placeholder: valid },
      forbidden: { value: forbidden, placeholder: forbidden },
    };
  }
  return credentials;
}
