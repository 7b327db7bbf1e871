// Public figures from aggregate rows: the funnel per group, small cells withheld together with any cell a
// published sum would give away (issue 5 §6; suppression.ts). Pure.
import { followUpRate, funnelOf, type Funnel } from './funnel';
import { FUNNEL_COLUMNS, type BreakdownRow, type FunnelFigures } from './schema';
import { withheldCells, type Identity } from './suppression';

/** A count by group and state, as read from case_stats. */
export interface GroupStateCount {
  key: string;
  state: string;
  n: number;
}

/** The funnel's sums (ARCHITECTURE.md §5), as identities over the cells of one row. */
function funnelIdentities(row: string): Identity[] {
  const id = (col: keyof Funnel) => `${row}|${col}`;
  return [
    {
      total: id('reported'),
      parts: [
        id('inProcess'),
        id('notAViolation'),
        id('notRegistered'),
        id('forwardedOther'),
        id('forwarded'),
      ],
    },
    {
      total: id('forwarded'),
      parts: [id('awaitingBkn'), id('notProven'), id('rejectedOrCancelled'), id('proven')],
    },
    { total: id('proven'), parts: [id('awaitingPpk'), id('sanctioned'), id('blocked'), id('inactive')] },
  ];
}

/**
 * What losing a cell costs, per column: the figures the agencies publish and journalists cite (forwarded to BKN,
 * proven, sanctioned) are withheld last, the Bawaslu-side total next, the other stages first.
 */
const COLUMN_WEIGHT: Partial<Record<keyof Funnel, number>> = {
  forwarded: 4,
  proven: 4,
  sanctioned: 4,
  reported: 2,
};
const weightOf = (id: string) => COLUMN_WEIGHT[id.slice(id.indexOf('|') + 1) as keyof Funnel] ?? 1;

function figuresOf(row: string, f: Funnel, hidden: ReadonlySet<string>): FunnelFigures {
  const out = Object.fromEntries(
    FUNNEL_COLUMNS.map((c) => [c, hidden.has(`${row}|${c}`) ? null : f[c]]),
  ) as Omit<FunnelFigures, 'followUpRate'>;
  const rate = out.proven === null || out.sanctioned === null ? null : followUpRate(f);
  return { ...out, followUpRate: rate };
}

export interface RawRow {
  key: string;
  label: string;
  funnel: Funnel;
}

/**
 * The total funnel and its breakdown as published: withheld within each row's sums and down each column (the
 * total is the sum of the rows, since every subject falls in exactly one group).
 */
export function publishedTable(
  total: Funnel,
  rows: readonly RawRow[],
  threshold: number,
): { funnel: FunnelFigures; rows: BreakdownRow[] } {
  const values = new Map<string, number>();
  const identities: Identity[] = funnelIdentities('all');
  for (const c of FUNNEL_COLUMNS) values.set(`all|${c}`, total[c]);
  rows.forEach((r, i) => {
    for (const c of FUNNEL_COLUMNS) values.set(`r${i}|${c}`, r.funnel[c]);
    identities.push(...funnelIdentities(`r${i}`));
  });
  if (rows.length > 0)
    for (const c of FUNNEL_COLUMNS)
      identities.push({ total: `all|${c}`, parts: rows.map((_, i) => `r${i}|${c}`) });
  const hidden = withheldCells(values, identities, threshold, weightOf);
  return {
    funnel: figuresOf('all', total, hidden),
    rows: rows.map((r, i) => ({ key: r.key, label: r.label, figures: figuresOf(`r${i}`, r.funnel, hidden) })),
  };
}

/** Rows of a breakdown, largest reported first (or in key order when `ordered`, for months). */
export function breakdownRawRows(
  counts: readonly GroupStateCount[],
  labelOf: (key: string) => string | undefined,
  ordered: boolean,
): RawRow[] {
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
  return rows.map((r) => ({ key: r.key, label: labelOf(r.key) ?? r.key, funnel: r.funnel }));
}

/**
 * The largest figure a row shows of reported, forwarded, proven, sanctioned (each at most the one before): rows
 * are ordered by what they publish, never by a withheld count (its place would tell its size).
 */
export function publishedSize(f: FunnelFigures): number {
  return Math.max(
    -1,
    ...[f.reported, f.forwarded, f.proven, f.sanctioned].filter((v): v is number => v !== null),
  );
}
