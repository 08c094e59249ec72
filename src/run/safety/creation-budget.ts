/** How many keys a run may mint (CONTRACT_MAX_CREATES), shared by every request that could mint one. */
export interface CreationBudget {
  readonly max: number;
  /**
   * Books a key before a request that could mint one. Waits while other booked requests are in flight and
   * might still free their booking; false once the budget is spent. Every true must be followed by `settle`.
   */
  reserve(): Promise<boolean>;
  /** Ends a booking: the request minted `minted` keys (0 for a refusal or an error). */
  settle(minted: number): void;
  /** A request that could mint was not sent; `creating` when it expected to be accepted. */
  recordSkip(creating: boolean): void;
  summary(): BudgetSummary;
}

export interface BudgetSummary {
  max: number;
  /** Keys minted by the run, earlier sessions of the run included. */
  minted: number;
  skipped: { creating: number; other: number };
}

/**
 * A budget of `max` keys, `spent` of which earlier sessions of the run already minted. Bookings count as
 * spent while in flight, so no concurrency can overshoot: minted + in flight never exceeds `max`.
 */
export function createCreationBudget(max: number, spent = 0): CreationBudget {
  let minted = spent;
  let booked = 0;
  const skipped = { creating: 0, other: 0 };
  let waiters: (() => void)[] = [];
  const wake = (): void => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  return {
    max,
    async reserve() {
      for (;;) {
        if (minted + booked < max) {
          booked += 1;
          return true;
        }
        if (booked === 0) return false;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    settle(count) {
      booked -= 1;
      minted += count;
      wake();
    },
    recordSkip: (creating) => void (creating ? skipped.creating++ : skipped.other++),
    summary: () => ({ max, minted, skipped: { ...skipped } }),
  };
}
