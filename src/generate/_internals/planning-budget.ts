/** Thrown when the operation being planned has used up its planning time. */
export class PlanningBudgetSpent extends Error {
  constructor(readonly budgetMs: number) {
    super(`planning budget of ${budgetMs} ms spent`);
  }
}

/** The deadline of the plan being built, if any: generation outside a plan (a run drawing cases) has none. */
let active: { deadline: number; budgetMs: number } | undefined;

/**
 * Runs `build` with a deadline: loops that can take long on a huge or hard schema (filters, coverage checks,
 * mutation checks) call `spendPlanningTime()`, which throws PlanningBudgetSpent once the deadline is past.
 */
export function withPlanningBudget<T>(budgetMs: number, build: () => T): T {
  const outer = active;
  const deadline = Date.now() + budgetMs;
  // Inside another budget, the earlier deadline holds (and is the one reported).
  active = outer !== undefined && outer.deadline < deadline ? outer : { deadline, budgetMs };
  try {
    return build();
  } finally {
    active = outer;
  }
}

/** Throws PlanningBudgetSpent when a plan is being built and its time is up; does nothing otherwise. */
export function spendPlanningTime(): void {
  if (active !== undefined && Date.now() > active.deadline) throw new PlanningBudgetSpent(active.budgetMs);
}
