/**
 * One line of a run's ledger (`<ledger dir>/ledger-<run id>.jsonl`): written as keys are minted and revoked,
 * so keys of an interrupted run can be revoked later. Never a key's value.
 */
export type LedgerEntry =
  | {
      event: 'minted';
      runId: string;
      baseUrl: string;
      id: string;
      name?: string;
      /** The path parameters of the request that minted the key (the account it belongs to). */
      pathParams: Record<string, string>;
      /** Epoch milliseconds. */
      at: number;
    }
  | { event: 'revoked'; runId: string; baseUrl: string; id: string; at: number }
  /** Written before a request that may mint a key is sent: its unique names find the key even when the
   * process dies before the answer arrives (the key then exists, its id is nowhere). */
  | {
      event: 'sending';
      runId: string;
      baseUrl: string;
      names: string[];
      pathParams: Record<string, string>;
      at: number;
    };

/** Where `contract run` and `contract cleanup` keep ledgers unless CONTRACT_LEDGER_DIR says otherwise. */
export const DEFAULT_LEDGER_DIR = '.contract';

export function ledgerFileName(runId: string): string {
  return `ledger-${runId}.jsonl`;
}

/** A file whose presence asks every process of the run to stop sending (written on Ctrl-C). */
export function stopFileName(runId: string): string {
  return `stop-${runId}`;
}
