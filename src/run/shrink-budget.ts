/**
 * The run's time for shrinking, shared by every property phase. Each shrink step is a request, so against a
 * slow or hostile target (every answer at the deadline, every body at the size cap) shrinking alone could
 * take hours; past the budget, problems are reported as first found (their replay stays exact).
 */
export interface ShrinkBudget {
  readonly limitMs: number;
  /** Whether time is left; checked before each shrink step, so a shrink under way also stops. */
  left(): boolean;
  /** Counts the time from now until the returned function is called (overlapping shrinks count once). */
  begin(): () => void;
}

export function createShrinkBudget(
  limitMs: number,
  now: () => number = () => performance.now(),
): ShrinkBudget {
  let spentMs = 0;
  let active = 0;
  let since = 0;
  return {
    limitMs,
    left: () => spentMs + (active > 0 ? now() - since : 0) < limitMs,
    begin() {
      if (active++ === 0) since = now();
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        if (--active === 0) spentMs += now() - since;
      };
    },
  };
}
