import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';
import { withQuery } from '../../../api/api-client';
import { useApi } from '../../../api/use-api';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useListParams } from '../../../routing/use-list-params';
import { FigureBlock } from '../figure-block';
import { StatsFilters } from '../stats-filters';
import { StatsNotes } from '../stats-notes';
import { statsFilterOf } from '../stats-query';
import { ConventionCard } from './convention-card';
import { DifferencesTable } from './differences-table';
import { PublishedFigureCard } from './published-figure-card';

/**
 * One election's numbers as Bawaslu, BKN and Kemendagri each count them (issue 5 §8), why their totals differ,
 * and every figure an agency published beside Netra's own count on the same day.
 */
export function ReconciliationPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const filter = statsFilterOf(list.get);
  const path = filter.election
    ? withQuery('/api/public/stats/reconciliation', { election: filter.election, asOf: filter.asOf })
    : null;
  const { data, error, isLoading, reload } = useApi<Reconciliation>(path);
  const title = t('stats.reconciliation.title');
  const shown = data && data.election === filter.election ? data : undefined;
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <Text maw={760}>{t('stats.reconciliation.lead')}</Text>
      </div>
      <StatsFilters filter={filter} list={list} fields={['election', 'asOf']} isElectionRequired />
      {!filter.election && <Text role="status">{t('stats.reconciliation.chooseElection')}</Text>}
      {error && <ErrorState error={error} onRetry={reload} />}
      {path && !shown && isLoading && <LoadingState />}
      {path && shown && !error && (
        <>
          <StatsNotes
            countingDate={shown.countingDate}
            threshold={shown.suppressionThreshold}
            includesDemoData={shown.includesDemoData}
            unitNote={t('stats.reconciliation.unitNote')}
          />
          <FigureBlock
            id="reconciliation-conventions"
            title={t('stats.reconciliation.conventionsTitle')}
            counting={{ date: shown.countingDate, basis: filter.asOf ? 'event_history' : 'current' }}
            isBusy={isLoading}
          >
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              {shown.conventions.map((c) => (
                <ConventionCard key={c.agency} convention={c} />
              ))}
            </SimpleGrid>
          </FigureBlock>
          <FigureBlock
            id="reconciliation-differences"
            title={t('stats.reconciliation.differencesTitle')}
            counting={{ date: shown.countingDate, basis: filter.asOf ? 'event_history' : 'current' }}
            isBusy={isLoading}
          >
            <DifferencesTable differences={shown.differences} />
          </FigureBlock>
          <section aria-labelledby="reconciliation-published">
            <Title order={2} size="h4" id="reconciliation-published" mb={4}>
              {t('stats.reconciliation.publishedSectionTitle')}
            </Title>
            <Text size="sm" mb="sm" maw={760}>
              {t('stats.reconciliation.publishedLead')}
            </Text>
            {shown.published.length === 0 ? (
              <Text role="status">{t('stats.reconciliation.nonePublished')}</Text>
            ) : (
              <Stack gap="md">
                {shown.published.map((p) => (
                  <PublishedFigureCard
                    key={p.figure.id}
                    published={p}
                    includesDemoData={shown.includesDemoData}
                  />
                ))}
              </Stack>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
