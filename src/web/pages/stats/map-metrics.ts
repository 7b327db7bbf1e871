// What the map can shade the regions by (issue 5 §4). A rate per 1,000 ASN needs each region's number of ASN,
// which the statistics API does not give yet: it becomes one more entry here, with `needsAsnCount`, once it does.
import type { FunnelFigures } from '../../../modules/stats/schema';
import type { Language } from '../../../platform/i18n/language';
import { formatCount } from '../../format/counts';
import type { RegionValue } from './map-colours';
import { rateText } from './figures-text';

export type MapMetricKey = 'reported' | 'proven' | 'followUpRate';

export interface MapMetric {
  key: MapMetricKey;
  /** The region's value; withheld when a count is a small cell, unknown when a rate cannot be computed. */
  valueOf: (f: FunnelFigures) => Pick<RegionValue, 'value' | 'withheld'>;
  format: (value: number, language: Language) => string;
  /** Only shown when the API gives the regions' ASN counts (it does not yet). */
  needsAsnCount?: boolean;
}

const count = (step: 'reported' | 'proven') => ({
  valueOf: (f: FunnelFigures) => ({ value: f[step], withheld: f[step] === null }),
  format: (v: number, language: Language) => formatCount(v, language),
});

export const MAP_METRICS: readonly MapMetric[] = [
  { key: 'reported', ...count('reported') },
  { key: 'proven', ...count('proven') },
  {
    key: 'followUpRate',
    valueOf: (f) => ({ value: f.followUpRate, withheld: false }),
    format: (v, language) => rateText(v, language),
  },
];

/** The metrics the map offers, given whether the API sent ASN counts. */
export function mapMetrics(hasAsnCounts: boolean): MapMetric[] {
  return MAP_METRICS.filter((m) => hasAsnCounts || !m.needsAsnCount);
}

export function mapMetricOf(key: string): MapMetric {
  return MAP_METRICS.find((m) => m.key === key) ?? (MAP_METRICS[0] as MapMetric);
}
