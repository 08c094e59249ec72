import { CREDENTIAL_PLACE_TAG, CREDENTIALS_UNMET_TAG } from '../../generate/types.ts';
import type { Exchange } from '../../http/types.ts';
import type { CheckContext, CheckOutcome } from '../types.ts';
import { noted } from './noted.ts';

/**
 * A 401 or 403 to a case sent without the credentials its operation requires (the run holds none it can
 * send) says nothing about the data: noted, never judged. A case whose invalid parameter sat where a
 * credential goes was sent with the credential instead: skipped. Undefined when judged as usual.
 */
export function credentialsUnmet(ctx: CheckContext, exchange: Exchange): CheckOutcome | undefined {
  if (exchange.case.tags.includes(CREDENTIAL_PLACE_TAG))
    return {
      status: 'skipped',
      why: 'its invalid parameter is where a credential goes: the credential was sent',
    };
  const status = exchange.response?.status;
  if (!exchange.case.tags.includes(CREDENTIALS_UNMET_TAG) || (status !== 401 && status !== 403))
    return undefined;
  // One message for every such case, so that they are counted together rather than listed one by one.
  return noted(
    ctx,
    `${status}: not exercised: no credential held for ${exchange.case.operationId}'s security`,
  );
}
