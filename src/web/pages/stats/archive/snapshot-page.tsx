import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StatsSnapshot } from '../../../../modules/stats/snapshot-schema';
import { useApi } from '../../../api/use-api';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { FigureBlock } from '../figure-block';
import { FunnelHeadline } from '../funnel-headline';
import { FunnelTable } from '../funnel-table';
import { StatsNotes } from '../stats-notes';
import { SnapshotBreakdowns } from './snapshot-breakdowns';
import { SnapshotCitation } from './snapshot-citation';
import { snapshotApiPath } from './snapshot-paths';

/** One published snapshot: frozen figures that never change, with how to cite and check them. */
export function SnapshotPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, isLoading, reload } = useApi<StatsSnapshot>(snapshotApiPath(id));
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return isLoading ? <LoadingState /> : null;
  const { figures } = data;
  const counting = { date: figures.countingDate, basis: 'snapshot' as const };
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/statistik/arsip" size="sm">
          {t('stats.archive.back')}
        </Anchor>
        <PageTitle documentTitle={data.title}>{data.title}</PageTitle>
        <Text maw={760}>{t('stats.archive.frozen')}</Text>
        {data.note && (
          <Text maw={760} mt="xs">
            {data.note}
          </Text>
        )}
      </div>
      <StatsNotes answer={figures} unitNote={t('stats.unitNote')} />
      <SnapshotCitation snapshot={data} />
      <FigureBlock id="snapshot-headline" title={t('stats.headlineTitle')} counting={counting}>
        <FunnelHeadline funnel={figures.funnel} />
      </FigureBlock>
      <FigureBlock id="snapshot-funnel" title={t('stats.funnelTitle')} counting={counting}>
        <FunnelTable funnel={figures.funnel} />
      </FigureBlock>
      <FigureBlock id="snapshot-breakdowns" title={t('stats.archive.breakdownsTitle')} counting={counting}>
        <SnapshotBreakdowns figures={figures} />
      </FigureBlock>
    </Stack>
  );
}
