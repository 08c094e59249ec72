import type { BudgetSummary } from './creation-budget.ts';

/**
 * `budget: 37 creating case(s) skipped after 200 keys (CONTRACT_MAX_CREATES=200)`, when any was skipped. `unit`
 * is `keys`, or `creations` when the document's other resources count too.
 */
export function budgetNotes(
  { max, minted, skipped, overrun }: BudgetSummary,
  unit = 'keys',
): { message: string; count: number }[] {
  const spent = `after ${minted} ${unit} (CONTRACT_MAX_CREATES=${max})`;
  const made = unit === 'keys' ? 'minted keys' : 'created';
  const notes = [
    { count: skipped.creating, message: `budget: ${skipped.creating} creating case(s) skipped ${spent}` },
    {
      count: skipped.other,
      message: `budget: ${skipped.other} other case(s) to creating operations skipped ${spent}: the server ${made} for requests it should refuse`,
    },
    {
      count: overrun,
      message: `budget: ${overrun} ${unit} beyond CONTRACT_MAX_CREATES=${max}, made for requests the server should have refused`,
    },
  ];
  return notes.filter((note) => note.count > 0);
}
