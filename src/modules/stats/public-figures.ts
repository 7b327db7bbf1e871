// Public figures from aggregate rows: the funnel per group, small cells withheld (issue 5 §6). Pure.
import { followUpRate, funnelOf, type Funnel } from './funnel';
import type { BreakdownRow, FunnelFigures } from './schema';

/** A count by group and state, as read from case_stats. */
export interface GroupStateCount {
  key: string;
  state: string;
  n: number;
}

/**
 * Withholds every count from 1 to threshold − 1: a cell that small could name a person (issue 5 §6). Zero stays
 * (it names nobody). The rate is withheld when either of its terms is.
 */
export function suppressed(f: Funnel, threshold: number): FunnelFigures {
  const cell = (n: number): number | null => (n > 0 && n < threshold ? null : n);
  const out = Object.fromEntries(Object.entries(f).map(([k, v]: [string, number]) => [k, cell(v)])) as Omit<
    FunnelFigures,
    'followUpRate'
  >;
  const rate = out.proven === null || out.sanctioned === null ? null : followUpRate(f);
  return { ...out, followUpRate: rate };
}

/**
 * One row per group, largest reported first (or in key order when `ordered`, for months). Labels come from
 * `labelOf`; a group whose label is unknown shows its key.
 */
export function breakdownRows(
  counts: readonly GroupStateCount[],
  labelOf: (key: string) => string | undefined,
  threshold: number,
  ordered: boolean,
): BreakdownRow[] {
  const byKey = new Map<string, { state: string; n: number }[]>();
  for (const c of counts) {
    const list = byKey.get(c.key) ?? [];
    list.push({ state: c.state, n: c.n });
    byKey.set(c.key, list);
  }
  const rows = [...byKey.entries()].map(([key, states]) => ({ key, funnel: funnelOf(states) }));
  rows.sort((a, b) =>
    ordered
      ? a.key.localeCompare(b.key)
      : b.funnel.reported - a.funnel.reported || a.key.localeCompare(b.key),
  );
  return rows.map((r) => ({
    key: r.key,
    label: labelOf(r.key) ?? r.key,
    figures: suppressed(r.funnel, threshold),
  }));
}
