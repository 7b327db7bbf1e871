import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { ELECTION_TYPE_KEYS, regionsHoldingText, type ElectionSummary } from './election-labels';

/** Every election Netra knows, oldest first, with voting day and how many regions hold it. */
export function ElectionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, isLoading, reload } = useApi<ElectionSummary[]>('/api/reference/elections');
  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('elections.title')}>{t('elections.title')}</PageTitle>
        <Text maw={760}>{t('elections.lead')}</Text>
      </div>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && (
        <DataTable
          caption={t('elections.caption')}
          rows={data}
          rowKey={(e) => e.id}
          emptyText={t('elections.empty')}
          columns={[
            {
              header: t('elections.name'),
              isRowHeader: true,
              cell: (e) => (
                <Anchor component={Link} to={`/staf/pemilu/${e.id}`}>
                  {e.name}
                </Anchor>
              ),
            },
            { header: t('elections.type'), cell: (e) => t(ELECTION_TYPE_KEYS[e.type]) },
            {
              header: t('elections.votingDate'),
              cell: (e) => (e.votingDate ? formatDate(e.votingDate, language) : '—'),
            },
            { header: t('elections.regionsHolding'), cell: (e) => regionsHoldingText(e.regionsHolding, t) },
          ]}
        />
      )}
    </Stack>
  );
}
