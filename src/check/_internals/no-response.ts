import type { Exchange } from '../../http/types.ts';
import type { CheckOutcome } from '../types.ts';

/** The outcome of a check that needs a response when the exchange has none. */
export function noResponse(exchange: Exchange): CheckOutcome {
  return { status: 'skipped', why: `no response (${exchange.error?.code ?? 'unknown'})` };
}
