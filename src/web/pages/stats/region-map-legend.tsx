import { Group, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { WITHHELD } from './figures-text';
import { NO_DATA_COLOUR, WITHHELD_STRIPE_COLOUR, type MapClass } from './map-colours';

const SWATCH: CSSProperties = {
  display: 'inline-block',
  width: 18,
  height: 14,
  border: '1px solid #868e96',
  flex: 'none',
};

// The same stripes as the map's hatch image (region-map-style.ts).
const WITHHELD_SWATCH = `repeating-linear-gradient(135deg, ${WITHHELD_STRIPE_COLOUR} 0 2px, ${NO_DATA_COLOUR} 2px 6px)`;

/** The classes, then "withheld" and "no data": a list a screen reader can read out, beside the map. */
export function RegionMapLegend({
  id,
  classes,
  metricLabel,
  formatValue,
}: {
  id: string;
  classes: readonly MapClass[];
  metricLabel: string;
  formatValue: (value: number) => string;
}) {
  const { t } = useTranslation();
  const entries = [
    ...classes.map((c) => ({
      key: `${c.min}-${c.max}`,
      background: c.colour,
      label:
        c.min === c.max
          ? formatValue(c.min)
          : t('stats.map.range', { min: formatValue(c.min), max: formatValue(c.max) }),
    })),
    { key: 'withheld', background: WITHHELD_SWATCH, label: t('stats.map.withheld', { mark: WITHHELD }) },
    { key: 'noData', background: NO_DATA_COLOUR, label: t('stats.map.noData') },
  ];
  return (
    <div>
      <Text size="sm" fw={600} id={id}>
        {t('stats.map.legend', { metric: metricLabel })}
      </Text>
      <Group component="ul" aria-labelledby={id} gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {entries.map((e) => (
          <Group component="li" key={e.key} gap={6} wrap="nowrap">
            <span aria-hidden style={{ ...SWATCH, background: e.background }} />
            <Text size="sm">{e.label}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
