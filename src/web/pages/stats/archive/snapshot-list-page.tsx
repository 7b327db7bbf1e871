import { Anchor, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SnapshotSummary } from '../../../../modules/stats/snapshot-schema';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { formatDate } from '../../../format/dates';
import { formatDateTime } from '../../../format/date-time';
import { useLanguage } from '../../../i18n/use-language';
import { RegionName } from '../../reference/region-name';
import { useElectionNames } from '../../reference/use-election-names';
import { snapshotPagePath } from './snapshot-paths';

/** The published statistics (issue 5 §2), frozen: each with its counting day, its checksum and its page. */
export function SnapshotListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const electionName = useElectionNames();
  const { data, error, isLoading, reload } = useApi<SnapshotSummary[]>('/api/public/stats/snapshots');
  const title = t('stats.archive.title');
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <Text maw={760}>{t('stats.archive.lead')}</Text>
      </div>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && (
        <DataTable<SnapshotSummary>
          caption={t('stats.archive.caption')}
          rows={data}
          rowKey={(s) => s.id}
          emptyText={t('stats.archive.empty')}
          minWidth={760}
          columns={[
            {
              header: t('stats.archive.snapshot'),
              isRowHeader: true,
              cell: (s) => (
                <Anchor component={Link} to={snapshotPagePath(s.id)}>
                  {s.title}
                </Anchor>
              ),
            },
            { header: t('stats.archive.asOf'), cell: (s) => formatDate(s.asOf, language) },
            {
              header: t('stats.archive.scope'),
              cell: (s) => (
                <>
                  {s.election ? electionName(s.election) : t('stats.allElections')}
                  {s.region && (
                    <>
                      {', '}
                      <RegionName code={s.region} />
                    </>
                  )}
                </>
              ),
            },
            { header: t('stats.archive.publishedAt'), cell: (s) => formatDateTime(s.publishedAt, language) },
            { header: 'SHA-256', cell: (s) => <Code title={s.sha256}>{s.sha256.slice(0, 12)}…</Code> },
          ]}
        />
      )}
    </Stack>
  );
}
