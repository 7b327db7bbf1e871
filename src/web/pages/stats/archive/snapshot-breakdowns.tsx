import { Accordion } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATS_DIMENSIONS } from '../../../../modules/stats/schema';
import type { SnapshotFigures } from '../../../../modules/stats/snapshot-schema';
import { BreakdownTable } from '../breakdown-table';

/** Every breakdown the snapshot froze, one table each; the first open, the rest a click away. */
export function SnapshotBreakdowns({ figures }: { figures: SnapshotFigures }) {
  const { t } = useTranslation();
  const present = STATS_DIMENSIONS.filter((d) => figures.breakdowns[d] !== undefined);
  return (
    <Accordion multiple defaultValue={present.slice(0, 1)} variant="separated">
      {present.map((by) => (
        <Accordion.Item key={by} value={by}>
          <Accordion.Control>{t(`stats.breakdownTitles.${by}`)}</Accordion.Control>
          <Accordion.Panel>
            <BreakdownTable by={by} rows={figures.breakdowns[by] ?? []} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
