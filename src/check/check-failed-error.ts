import { ContractError } from '../core/errors.ts';

/**
 * A check threw while judging an exchange, or the secrets of the answer could not be registered before any
 * check ran: a bug of this tool, never a verdict on the API (exit 2). `why` is one line, already redacted.
 */
export class CheckFailedError extends ContractError {
  constructor(
    /** The check that threw; absent when no check could run (the secrets were not registered). */
    readonly check: string | undefined,
    readonly why: string,
  ) {
    super(
      'OAC_ERR_CHECK_FAILED',
      check === undefined ? `no check ran: secrets not registered: ${why}` : `${check} threw: ${why}`,
    );
  }
}
