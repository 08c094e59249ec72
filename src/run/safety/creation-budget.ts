/** How a request that could mint a key may go: on a booked key, unbooked, or not at all. */
export type Admission = 'booked' | 'unbooked' | 'refused';

/** How many keys a run may mint (CONTRACT_MAX_CREATES), shared by every request that could mint one. */
export interface CreationBudget {
  readonly max: number;
  /**
   * Admits a request that is meant to mint a key (a creating case): booked while a key is free, waiting while
   * booked requests in flight may still give theirs back; refused once the budget is spent.
   */
  admitCreating(): Promise<Admission>;
  /**
   * Admits a request a conformant server answers without minting (an invalid case, say): booked when a key is
   * free, else sent unbooked, until one such request has minted a key anyway; refused from then on.
   */
  admitOther(): Admission;
  /** Ends an admitted request: its answer minted `minted` keys (0 for a refusal or an error). */
  settle(admission: Admission, minted: number): void;
  /** A request that could mint was not sent; `creating` when it was meant to mint. */
  recordSkip(creating: boolean): void;
  summary(): BudgetSummary;
}

export interface BudgetSummary {
  max: number;
  /** Keys minted by the run, earlier sessions of the run included. */
  minted: number;
  skipped: { creating: number; other: number };
  /** Keys minted beyond the budget by requests a conformant server would have refused. */
  overrun: number;
}

/**
 * A budget of `max` keys, `spent` of which earlier sessions of the run already minted. Booked requests count as
 * spent while in flight, so no concurrency makes creating cases overshoot. Only a server that mints keys for
 * requests it should refuse can exceed the budget, by at most the unbooked requests then in flight.
 */
export function createCreationBudget(max: number, spent = 0): CreationBudget {
  let minted = spent;
  let booked = 0;
  let overrun = false;
  const skipped = { creating: 0, other: 0 };
  let waiters: (() => void)[] = [];
  const book = (): Admission => {
    booked += 1;
    return 'booked';
  };
  return {
    max,
    async admitCreating() {
      for (;;) {
        if (minted + booked < max) return book();
        if (booked === 0) return 'refused';
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    admitOther: () => (minted + booked < max ? book() : overrun ? 'refused' : 'unbooked'),
    settle(admission, count) {
      if (admission === 'booked') booked -= 1;
      else if (count > 0) overrun = true;
      minted += count;
      const woken = waiters;
      waiters = [];
      for (const resolve of woken) resolve();
    },
    recordSkip: (creating) => void (creating ? skipped.creating++ : skipped.other++),
    summary: () => ({ max, minted, skipped: { ...skipped }, overrun: Math.max(0, minted - max) }),
  };
}
