import { Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { useApi } from '../../api/use-api';
import { useListParams } from '../../routing/use-list-params';
import { BREAKDOWN_CHARTS } from './breakdown-charts';
import { BreakdownSection } from './breakdown-section';
import { CsvLink } from './csv-link';
import { countingOf } from './counting-date';
import { FigureBlock } from './figure-block';
import { FunnelHeadline } from './funnel-headline';
import { FunnelTable } from './funnel-table';
import { MapSection } from './map-section';
import { StatsFilters } from './stats-filters';
import { StatsPageFrame } from './stats-page-frame';
import { statsApiPath, statsCsvPath, statsFilterOf } from './stats-query';
import { TrendSection } from './trend-section';

/**
 * The public figures (no login): the funnel from laporan to sanksi with its follow-up rate, the trend, the map
 * and each breakdown, every block with its counting day, a table view and a CSV of exactly that table.
 */
export function StatsPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const filter = statsFilterOf(list.get);
  const state = useApi<PublicStats>(statsApiPath(filter));
  const counting = countingOf(state.data);
  return (
    <StatsPageFrame
      title={t('stats.title')}
      lead={t('stats.lead')}
      filters={<StatsFilters filter={filter} list={list} />}
      state={state}
      unitNote={t('stats.unitNote')}
    >
      {(data) => (
        <>
          <FigureBlock
            id="stats-headline"
            title={t('stats.headlineTitle')}
            counting={counting}
            isBusy={state.isLoading}
          >
            <FunnelHeadline funnel={data.funnel} />
          </FigureBlock>
          <TrendSection filter={filter} />
          <MapSection filter={filter} list={list} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {BREAKDOWN_CHARTS.map((spec) => (
              <div key={spec.by} style={{ gridColumn: spec.isWide ? '1 / -1' : undefined, minWidth: 0 }}>
                <BreakdownSection spec={spec} filter={filter} />
              </div>
            ))}
          </SimpleGrid>
          <FigureBlock
            id="stats-funnel"
            title={t('stats.funnelTitle')}
            counting={counting}
            isBusy={state.isLoading}
            controls={
              <Group>
                <CsvLink href={statsCsvPath(filter)} tableName={t('stats.funnelTitle')} />
              </Group>
            }
          >
            <FunnelTable funnel={data.funnel} />
          </FigureBlock>
        </>
      )}
    </StatsPageFrame>
  );
}
