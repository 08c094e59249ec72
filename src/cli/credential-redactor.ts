import { createRedactor, type Redactor } from '../core/redact.ts';
import { garbleToken } from '../http/garble-token.ts';
import type { RunConfig } from '../run/run-config.ts';

/**
 * The CLI's own redactor: the suites redact everything they write, and the CLI passes every report and
 * console line through the credentials once more (defence in depth), garbled forms included.
 */
export function credentialRedactor(config: Pick<RunConfig, 'token' | 'forbiddenToken'>): Redactor {
  const redactor = createRedactor();
  for (const token of [config.token, config.forbiddenToken]) {
    if (token === undefined) continue;
    redactor.add(token, 'token');
    redactor.add(garbleToken(token).value, 'token');
  }
  return redactor;
}
