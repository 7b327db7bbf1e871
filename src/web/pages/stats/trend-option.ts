import type { StatsTrend } from '../../../modules/stats/trend-schema';
import type { HeadlineColumn } from './figures-text';
import { escapeHtml, type ChartOption } from './charts/chart-option';
import { CHART_GRID_LINE, CHART_TEXT, STEP_COLOURS, STEP_LINE } from './charts/chart-colours';

/** The steps the trend draws: what reached BKN, was proven, was sanctioned, month by month. */
export const TREND_SERIES = [
  'forwarded',
  'proven',
  'sanctioned',
] as const satisfies readonly HeadlineColumn[];

export interface LineTexts {
  stepLabel: (step: HeadlineColumn) => string;
  /** "Jan 2024": the month a point closes. */
  month: (isoDate: string) => string;
  /** A point's counting day in words, for the tooltip. */
  day: (isoDate: string) => string;
  cell: (n: number | null) => string;
  count: (n: number) => string;
}

/**
 * Cumulative lines, one per step, each with its own colour, dash and symbol. A withheld month is a gap in the
 * line (and "x" in the tooltip), never a zero.
 */
export function trendOption(points: StatsTrend['points'], texts: LineTexts, isNarrow: boolean): ChartOption {
  return {
    // On a phone the legend takes two lines.
    grid: { left: 8, right: 16, top: isNarrow ? 64 : 44, bottom: 16 },
    legend: { top: 0, left: 0, textStyle: { color: CHART_TEXT } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const point = points[list[0]?.dataIndex ?? -1];
        if (!point) return '';
        const lines = TREND_SERIES.map(
          (s) => `${escapeHtml(texts.stepLabel(s))}: <b>${escapeHtml(texts.cell(point[s]))}</b>`,
        );
        return [`<b>${escapeHtml(texts.day(point.asOf))}</b>`, ...lines].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => texts.month(p.asOf)),
      // The first and last month sit at the ends of the axis: keep their names inside the chart.
      axisLabel: { color: CHART_TEXT, hideOverlap: true, alignMinLabel: 'left', alignMaxLabel: 'right' },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: CHART_TEXT, formatter: (v: number) => texts.count(v) },
      splitLine: { lineStyle: { color: CHART_GRID_LINE } },
    },
    series: TREND_SERIES.map((s) => ({
      type: 'line',
      name: texts.stepLabel(s),
      data: points.map((p) => p[s]),
      connectNulls: false,
      symbol: STEP_LINE[s].symbol,
      symbolSize: 7,
      itemStyle: { color: STEP_COLOURS[s] },
      lineStyle: { color: STEP_COLOURS[s], type: STEP_LINE[s].type, width: 2.5 },
    })),
  };
}
