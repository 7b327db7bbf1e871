import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { useApi } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useListParams } from '../../routing/use-list-params';
import { BreakdownTable } from './breakdown-table';
import { FunnelHeadline } from './funnel-headline';
import { FunnelTable } from './funnel-table';
import { StatsFilters } from './stats-filters';
import { StatsNotes } from './stats-notes';
import { statsApiPath, statsCsvPath } from './stats-query';

/** The public figures (no login): the funnel from laporan to sanksi, and one breakdown, with a CSV of each. */
export function StatsPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const { data, error, isLoading, reload } = useApi<PublicStats>(statsApiPath(list.get));
  const csvPath = statsCsvPath(list.get);
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={t('stats.title')}>{t('stats.title')}</PageTitle>
        <Text maw={760}>{t('stats.lead')}</Text>
      </div>
      <StatsFilters list={list} />
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && !error && (
        <Stack gap="lg" aria-busy={isLoading} style={{ opacity: isLoading ? 0.6 : 1 }}>
          <StatsNotes stats={data} />
          <section aria-labelledby="stats-headline">
            <Title order={2} size="h3" id="stats-headline" mb="xs">
              {t('stats.headlineTitle')}
            </Title>
            <FunnelHeadline funnel={data.funnel} threshold={data.suppressionThreshold} />
          </section>
          <section aria-labelledby="stats-funnel">
            <Group justify="space-between" align="baseline" mb="xs">
              <Title order={2} size="h3" id="stats-funnel">
                {t('stats.funnelTitle')}
              </Title>
              {!data.breakdown && (
                <Anchor href={csvPath} download>
                  {t('stats.downloadCsv')}
                </Anchor>
              )}
            </Group>
            <FunnelTable funnel={data.funnel} threshold={data.suppressionThreshold} />
          </section>
          {data.breakdown && (
            <BreakdownTable
              breakdown={data.breakdown}
              threshold={data.suppressionThreshold}
              csvPath={csvPath}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
