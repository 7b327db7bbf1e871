// One colour per funnel step, the same in every chart: from the Okabe–Ito palette (distinct in the three common
// colour-vision deficiencies), keeping only colours with at least 3:1 contrast on white (WCAG 1.4.11, graphical
// objects): blue 5.1:1, vermillion 3.9:1, bluish green 3.3:1, and a dark grey. Colour is never the only cue:
// bars carry decal patterns, lines their own dash and symbol, and the table view has every number.
import type { BarSeriesOption } from 'echarts/charts';
import type { HeadlineColumn } from '../figures-text';
import { theme } from '../../../theme';

export const STEP_COLOURS: Record<HeadlineColumn, string> = {
  reported: '#4d4d4d',
  forwarded: '#0072b2',
  proven: '#d55e00',
  sanctioned: '#009e73',
};

export const STEP_LINE: Record<HeadlineColumn, { type: 'solid' | 'dashed' | 'dotted'; symbol: string }> = {
  reported: { type: 'solid', symbol: 'circle' },
  forwarded: { type: 'solid', symbol: 'circle' },
  proven: { type: 'dashed', symbol: 'triangle' },
  sanctioned: { type: 'dotted', symbol: 'rect' },
};

/** Axis and label text: 7:1 and more on white. */
export const CHART_TEXT = '#343a40';
export const CHART_GRID_LINE = '#dee2e6';
/** The page's own font (theme.ts): the CSP allows no font host, and the charts should read like the page. */
export const CHART_FONT = theme.fontFamily ?? 'sans-serif';

type DecalObject = Exclude<NonNullable<NonNullable<BarSeriesOption['itemStyle']>['decal']>, 'none'>;

const PATTERN = 'rgba(255, 255, 255, 0.55)';

/** A pattern per step on bars (ECharts decals), the same in every chart, so no bar is told apart by hue alone. */
export const STEP_DECALS: Record<HeadlineColumn, DecalObject> = {
  reported: { color: PATTERN, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 6 },
  forwarded: {
    color: PATTERN,
    dashArrayX: [
      [6, 6],
      [0, 6, 6, 0],
    ],
    dashArrayY: [6, 0],
  },
  proven: {
    color: PATTERN,
    symbol: 'circle',
    dashArrayX: [
      [8, 8],
      [0, 8, 8, 0],
    ],
    dashArrayY: [6, 0],
    symbolSize: 0.8,
  },
  sanctioned: { color: PATTERN, dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -Math.PI / 4 },
};
