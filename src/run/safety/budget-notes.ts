import type { BudgetSummary } from './creation-budget.ts';

/** `budget: 37 creating case(s) skipped after 200 keys (CONTRACT_MAX_CREATES=200)`, when any was skipped. */
export function budgetNotes({
  max,
  minted,
  skipped,
  overrun,
}: BudgetSummary): { message: string; count: number }[] {
  const spent = `after ${minted} keys (CONTRACT_MAX_CREATES=${max})`;
  const notes = [
    { count: skipped.creating, message: `budget: ${skipped.creating} creating case(s) skipped ${spent}` },
    {
      count: skipped.other,
      message: `budget: ${skipped.other} other case(s) to key-minting operations skipped ${spent}: the server minted keys for requests it should refuse`,
    },
    {
      count: overrun,
      message: `budget: ${overrun} key(s) beyond CONTRACT_MAX_CREATES=${max}, minted for requests the server should have refused`,
    },
  ];
  return notes.filter((note) => note.count > 0);
}
