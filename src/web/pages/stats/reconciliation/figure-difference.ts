import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';

type Published = Reconciliation['published'][number];

/** How a published figure stands against Netra's count of the same day (unknown when Netra's is withheld). */
export type Difference = { kind: 'same' } | { kind: 'lower' | 'higher'; by: number } | { kind: 'unknown' };

export function differenceOf(published: number, netra: number | null | undefined): Difference {
  if (netra === null || netra === undefined) return { kind: 'unknown' };
  if (published === netra) return { kind: 'same' };
  return published < netra
    ? { kind: 'lower', by: netra - published }
    : { kind: 'higher', by: published - netra };
}

/** One line of a published figure: the agency's words and value, Netra's count that day, and how they differ. */
export interface PublishedLine {
  label: string;
  netra: Published['figure']['values'][number]['netra'];
  value: number;
  netraValue: number | null | undefined;
  difference: Difference;
}

export function publishedLines(published: Published): PublishedLine[] {
  const netraOf = (key: string) => published.netra.find((n) => n.netra === key)?.value;
  return published.figure.values.map((v) => ({
    ...v,
    netraValue: netraOf(v.netra),
    difference: differenceOf(v.value, netraOf(v.netra)),
  }));
}

/**
 * The figure as a whole: lower than Netra's count (every line that differs is lower, as KASN's Dec 2021 recap),
 * different (some higher, e.g. Bawaslu counting reports where Netra counts persons), the same, or not to be told
 * (a line of Netra's is withheld and none differs).
 */
export function verdictOf(lines: readonly PublishedLine[]): 'same' | 'lower' | 'differs' | 'unknown' {
  const differing = lines.filter((l) => l.difference.kind === 'lower' || l.difference.kind === 'higher');
  if (differing.length > 0)
    return differing.every((l) => l.difference.kind === 'lower') ? 'lower' : 'differs';
  return lines.every((l) => l.difference.kind === 'same') ? 'same' : 'unknown';
}
