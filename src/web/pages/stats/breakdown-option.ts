import type { HeadlineColumn } from './figures-text';
import type { ChartRow } from './breakdown-charts';
import { escapeHtml, type ChartOption } from './charts/chart-option';
import { CHART_GRID_LINE, CHART_TEXT, STEP_COLOURS, STEP_DECALS } from './charts/chart-colours';

export interface BarTexts {
  stepLabel: (step: HeadlineColumn) => string;
  /** A count as the page writes it ("1.234"; "x" for null). */
  cell: (n: number | null) => string;
  count: (n: number) => string;
}

const BAR_HEIGHT = 9;
const LABEL_LINE = 13;

/** How the names sit beside the bars: their width, and how many lines a long name may wrap onto. */
export interface BarLayout {
  labelWidth: number;
  labelLines: number;
  /** Room for the legend above the bars (two lines on a phone). */
  top: number;
}

function groupHeight(series: number, layout: BarLayout): number {
  return Math.max(series * BAR_HEIGHT + 16, layout.labelLines * LABEL_LINE + 10);
}

/** Tall enough for every group's bars and its wrapped name, however many groups there are. */
export function barChartHeight(groups: number, series: number, layout: BarLayout): number {
  return Math.max(180, layout.top + 36 + groups * groupHeight(series, layout));
}

/**
 * Horizontal bars, one group per row (first row on top), one bar per step. A withheld cell is an empty bar
 * labelled "x", never a zero. Long names wrap onto a few lines beside their bars and are whole in the tooltip.
 */
export function breakdownOption(
  rows: readonly ChartRow[],
  series: readonly HeadlineColumn[],
  texts: BarTexts,
  layout: BarLayout,
): ChartOption {
  return {
    grid: { left: 8, right: 48, top: layout.top, bottom: 8 },
    legend: { top: 0, left: 0, textStyle: { color: CHART_TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const row = rows[list[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = series.map(
          (s) => `${escapeHtml(texts.stepLabel(s))}: <b>${escapeHtml(texts.cell(row.values[s] ?? null))}</b>`,
        );
        return [`<b>${escapeHtml(row.label)}</b>`, ...lines].join('<br>');
      },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: CHART_TEXT, formatter: (v: number) => texts.count(v) },
      splitLine: { lineStyle: { color: CHART_GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: {
        color: CHART_TEXT,
        width: layout.labelWidth,
        overflow: 'break',
        lineHeight: LABEL_LINE,
        height: layout.labelLines * LABEL_LINE,
        lineOverflow: 'truncate',
      },
      axisTick: { show: false },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: texts.stepLabel(s),
      barMaxWidth: BAR_HEIGHT + 3,
      itemStyle: { color: STEP_COLOURS[s], decal: STEP_DECALS[s] },
      label: {
        show: true,
        position: 'right',
        color: CHART_TEXT,
        fontSize: 11,
        formatter: (p: { dataIndex: number }) => texts.cell(rows[p.dataIndex]?.values[s] ?? null),
      },
      data: rows.map((r) => r.values[s] ?? 0),
    })),
  };
}
