import { createRedactor, type Redactor } from '../core/redact.ts';
import { credentialSecrets } from '../http/credential-secrets.ts';
import { garbleToken } from '../http/garble-token.ts';
import type { RunConfig } from '../run/run-config.ts';

/**
 * The CLI's own redactor: the suites redact everything they write, and the CLI passes every report and
 * console line through the credentials once more (defence in depth), garbled forms included. Per-scheme
 * credentials (CONTRACT_AUTH_*) are registered in every form a request may carry them (base64 for Basic).
 */
export function credentialRedactor(
  config: Pick<RunConfig, 'token' | 'forbiddenToken'> & Partial<Pick<RunConfig, 'credentials'>>,
): Redactor {
  const redactor = createRedactor();
  for (const token of [config.token, config.forbiddenToken]) {
    if (token === undefined || token === '') continue;
    redactor.add(token, 'token');
    redactor.add(garbleToken(token).value, 'token');
  }
  for (const value of Object.values(config.credentials ?? {}))
    for (const secret of credentialSecrets(value, { kind: 'basic' })) redactor.add(secret, 'credential');
  return redactor;
}
