/** Edit distance between two short names (flags, commands); swapping two neighbours costs one edit. */
export function editDistance(a: string, b: string): number {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const at = (r: number, c: number): number => (r === i ? row[c] : rows[r]?.[c]) ?? Infinity;
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(
        Math.min(
          at(i - 1, j) + 1,
          at(i, j - 1) + 1,
          at(i - 1, j - 1) + same,
          swapped ? at(i - 2, j - 2) + 1 : Infinity,
        ),
      );
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The candidate nearest to a mistyped name, when it is near enough to be a likely typo (a third of the
 * name's letters wrong at most, or the name is the start of the candidate); else undefined, since a far
 * guess misleads more than none.
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const typed = name.toLowerCase();
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = typed.length >= 3 && candidate.startsWith(typed) ? 0.5 : editDistance(typed, candidate);
    if (best === undefined || cost < best.cost) best = { candidate, cost };
  }
  const limit = Math.max(1, Math.floor(typed.length / 3));
  return best !== undefined && best.cost <= limit ? best.candidate : undefined;
}
