// Which breakdowns the statistics page draws, and how: each its own chart (issue 5 §3: category, jabatan, ASN
// type, phase, sanction mix, agency). Region breakdowns are the map; months are the trend.
import type { BreakdownRow, FunnelFigures, StatsDimension } from '../../../modules/stats/schema';
import type { HeadlineColumn } from './figures-text';

export interface BreakdownChartSpec {
  by: StatsDimension;
  /** The steps drawn as bars (the table shows every headline step and the rate). */
  series: readonly HeadlineColumn[];
  /** Draw only the largest `top` groups; the rest are added up in a line under the chart. */
  top?: number;
  /** Groups left out of the chart (still in the table), e.g. "no sanction recommended yet" in the sanction mix. */
  omit?: readonly string[];
  /** Groups in their natural order rather than largest first. */
  order?: readonly string[];
  /** Takes the whole width of the page (many groups, long names). */
  isWide?: boolean;
}

const STEPS = ['reported', 'proven', 'sanctioned'] as const;

export const BREAKDOWN_CHARTS: readonly BreakdownChartSpec[] = [
  { by: 'category', series: STEPS, isWide: true },
  { by: 'jabatan', series: STEPS },
  { by: 'asn_type', series: STEPS },
  {
    by: 'phase',
    series: STEPS,
    order: ['before_campaign', 'campaign', 'quiet_period', 'voting_day', 'after_voting', 'unknown'],
  },
  { by: 'sanction', series: ['proven', 'sanctioned'], omit: ['none'] },
  { by: 'agency', series: STEPS, top: 15, isWide: true },
];

/** One bar group of a chart: a count per step, null when withheld. */
export interface ChartRow {
  key: string;
  label: string;
  values: Partial<Record<HeadlineColumn, number | null>>;
}

/**
 * "Others" for one step: the rest added up when every one of them is shown, else the total less the groups
 * drawn; withheld (null) when that cannot be known or is itself a small cell.
 */
function othersValue(
  step: HeadlineColumn,
  drawn: readonly BreakdownRow[],
  rest: readonly BreakdownRow[],
  total: number | null,
  threshold: number,
): number | null {
  const sum = (rows: readonly BreakdownRow[]) =>
    rows.reduce<number | null>(
      (acc, r) => (acc === null || r.figures[step] === null ? null : acc + (r.figures[step] ?? 0)),
      0,
    );
  const restSum = sum(rest);
  const drawnSum = sum(drawn);
  const value = restSum ?? (total !== null && drawnSum !== null ? total - drawnSum : null);
  return value !== null && value > 0 && value < threshold ? null : value;
}

/** What a chart draws: its bar groups, and the groups beyond its `top` added up (drawn as a line of text). */
export interface ChartBars {
  bars: ChartRow[];
  others: { groups: number; values: ChartRow['values'] } | null;
}

/**
 * The bar groups of one chart, from the breakdown's rows (largest first, as the API sends them). The rest beyond
 * `top` are not a bar: their sum dwarfs any single group (hundreds of agencies in the long tail), and one long
 * bar would squash the fifteen the chart is for.
 */
export function chartBars(
  spec: BreakdownChartSpec,
  rows: readonly BreakdownRow[],
  funnel: FunnelFigures,
  threshold: number,
): ChartBars {
  const pick = (r: BreakdownRow): ChartRow => ({
    key: r.key,
    label: r.label,
    values: Object.fromEntries(spec.series.map((s) => [s, r.figures[s]])),
  });
  let shown = rows.filter((r) => !spec.omit?.includes(r.key));
  if (spec.order) {
    const rank = (key: string) => {
      const i = spec.order?.indexOf(key) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    shown = [...shown].sort((a, b) => rank(a.key) - rank(b.key));
  }
  // A single leftover group keeps its own bar: "others" would hide a name for nothing.
  if (spec.top === undefined || shown.length <= spec.top + 1) return { bars: shown.map(pick), others: null };
  const drawn = shown.slice(0, spec.top);
  const rest = shown.slice(spec.top);
  return {
    bars: drawn.map(pick),
    others: {
      groups: rest.length,
      values: Object.fromEntries(
        spec.series.map((s) => [s, othersValue(s, drawn, rest, funnel[s], threshold)]),
      ),
    },
  };
}
