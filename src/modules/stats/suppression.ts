// Small-cell suppression that holds up against arithmetic (issue 5 §6): a count from 1 to threshold − 1 is
// withheld (primary), and so is whatever would let a reader work it out again from a published sum (secondary):
// a total shown with only one of its parts withheld gives that part away, so a second part goes too. This is the
// usual rule of statistical offices ("at least two suppressed cells in every line of a table"). Pure.

/** A published sum: `total` = the sum of `parts` (cell ids). */
export interface Identity {
  total: string;
  parts: readonly string[];
}

/** The cells to withhold: every small one, then as few more as the identities need. */
export function withheldCells(
  values: ReadonlyMap<string, number>,
  identities: readonly Identity[],
  threshold: number,
): Set<string> {
  const hidden = new Set<string>();
  for (const [id, n] of values) if (n > 0 && n < threshold) hidden.add(id);
  const value = (id: string) => values.get(id) ?? 0;
  // The smallest shown non-zero cell among `ids` (hiding a zero protects nothing: a reader knows it is zero only
  // if it is shown, but hiding it still leaves the withheld part equal to the total minus the rest).
  const smallestShown = (ids: readonly string[]) =>
    ids
      .filter((id) => !hidden.has(id) && value(id) > 0)
      .sort((a, b) => value(a) - value(b) || a.localeCompare(b))[0];
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of identities) {
      const hiddenParts = parts.filter((p) => hidden.has(p));
      const totalShown = !hidden.has(total);
      // One hidden part beside a shown total: total − the others gives it away.
      // A hidden total with every part shown: the parts add up to it.
      if ((totalShown && hiddenParts.length === 1) || (!totalShown && hiddenParts.length === 0)) {
        const next = smallestShown(parts.filter((p) => !hidden.has(p))) ?? (totalShown ? total : undefined);
        if (next === undefined) continue;
        hidden.add(next);
        changed = true;
      }
    }
  }
  return hidden;
}
