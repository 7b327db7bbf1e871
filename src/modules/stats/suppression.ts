// Small-cell suppression that holds up against arithmetic (issue 5 §6): a count from 1 to threshold − 1 is
// withheld (primary), and so is whatever would let a reader work it out again from a published sum (secondary):
// a total shown with only one of its parts withheld gives that part away, so a second cell goes too. This is the
// usual rule of statistical offices ("at least two suppressed cells in every line of a table"). Pure.

/** A published sum: `total` = the sum of `parts` (cell ids). */
export interface Identity {
  total: string;
  parts: readonly string[];
}

/**
 * The cells to withhold: every small one, then as few more as the identities need, each time the shown cell that
 * costs least to lose: its value × `weight` (so the figures people cite can be kept last).
 */
export function withheldCells(
  values: ReadonlyMap<string, number>,
  identities: readonly Identity[],
  threshold: number,
  weight: (id: string) => number = () => 1,
): Set<string> {
  const hidden = new Set<string>();
  for (const [id, n] of values) if (n > 0 && n < threshold) hidden.add(id);
  const value = (id: string) => values.get(id) ?? 0;
  const cost = (id: string) => value(id) * weight(id);
  // The cheapest shown non-zero cell among `ids` (hiding a zero protects nothing: the withheld part would still be
  // the total minus the rest).
  const cheapestShown = (ids: readonly string[]) =>
    ids
      .filter((id) => !hidden.has(id) && value(id) > 0)
      .sort((a, b) => cost(a) - cost(b) || a.localeCompare(b))[0];
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of identities) {
      const hiddenParts = parts.filter((p) => hidden.has(p));
      const totalShown = !hidden.has(total);
      // One hidden part beside a shown total: total − the others gives it away; hiding another part or the total
      // protects it. A hidden total with every part shown: the parts add up to it; hiding a part protects it.
      if ((totalShown && hiddenParts.length === 1) || (!totalShown && hiddenParts.length === 0)) {
        const next = cheapestShown(totalShown ? [...parts, total] : parts);
        if (next === undefined) continue;
        hidden.add(next);
        changed = true;
      }
    }
  }
  return hidden;
}
