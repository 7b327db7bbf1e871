import { describe, expect, it } from 'vitest';
import type { BreakdownRow, FunnelFigures } from '../../../modules/stats/schema';
import { BREAKDOWN_CHARTS, chartBars, type BreakdownChartSpec } from './breakdown-charts';

const funnel = (reported: number | null, proven: number | null = 0, sanctioned: number | null = 0) =>
  ({ reported, proven, sanctioned }) as FunnelFigures;
const row = (key: string, reported: number | null, proven: number | null = 0): BreakdownRow => ({
  key,
  label: key.toUpperCase(),
  figures: funnel(reported, proven, 0),
});
const spec = (by: BreakdownChartSpec['by']) =>
  BREAKDOWN_CHARTS.find((s) => s.by === by) as BreakdownChartSpec;
const agencies = (n: number) => Array.from({ length: n }, (_, i) => row(`a${i}`, 100 - i));

describe('the bars of a breakdown chart', () => {
  it('draws the 15 largest agencies and adds up the rest in one line', () => {
    const rows = agencies(20);
    const total = rows.reduce((s, r) => s + (r.figures.reported ?? 0), 0);
    const { bars, others } = chartBars(spec('agency'), rows, funnel(total, 0, 0), 3);
    expect(bars.map((b) => b.key)).toEqual(rows.slice(0, 15).map((r) => r.key));
    expect(others).toEqual({
      groups: 5,
      values: { reported: 85 + 84 + 83 + 82 + 81, proven: 0, sanctioned: 0 },
    });
  });

  it('draws a single leftover agency under its own name', () => {
    const { bars, others } = chartBars(spec('agency'), agencies(16), funnel(null), 3);
    expect([bars.length, others]).toEqual([16, null]);
  });

  it('counts the rest from the total when a leftover cell is withheld, and withholds a small sum', () => {
    const drawn = agencies(15).reduce((s, r) => s + (r.figures.reported ?? 0), 0);
    const withOne = chartBars(
      spec('agency'),
      [...agencies(15), row('x', null), row('y', 5)],
      funnel(drawn + 7),
      3,
    );
    expect(withOne.others?.values.reported).toBe(7);
    const small = chartBars(
      spec('agency'),
      [...agencies(15), row('x', null), row('y', null)],
      funnel(drawn + 2),
      3,
    );
    expect(small.others?.values.reported).toBeNull();
  });

  it('puts the phases in the order of the election calendar, and leaves “no sanction yet” out of the mix', () => {
    const phases = [
      row('after_voting', 9),
      row('campaign', 50),
      row('before_campaign', 20),
      row('unknown', 4),
    ];
    expect(chartBars(spec('phase'), phases, funnel(83), 3).bars.map((r) => r.key)).toEqual([
      'before_campaign',
      'campaign',
      'after_voting',
      'unknown',
    ]);
    const sanctions = [row('none', 300, 0), row('moderate', 40, 40), row('light', 12, 12)];
    const { bars } = chartBars(spec('sanction'), sanctions, funnel(352, 52), 3);
    expect(bars.map((r) => r.key)).toEqual(['moderate', 'light']);
    expect(Object.keys(bars[0]?.values ?? {})).toEqual(['proven', 'sanctioned']);
  });
});
