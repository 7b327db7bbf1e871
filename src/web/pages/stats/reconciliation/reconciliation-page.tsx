import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';
import { withQuery } from '../../../api/api-client';
import { useApi } from '../../../api/use-api';
import { useListParams } from '../../../routing/use-list-params';
import { FigureBlock } from '../figure-block';
import { StatsFilters } from '../stats-filters';
import { StatsPageFrame } from '../stats-page-frame';
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
  const state = useApi<Reconciliation>(path);
  // An answer for another election stays in state while the chosen one loads: it is never shown.
  const shown = state.data && state.data.election === filter.election ? state.data : undefined;
  return (
    <StatsPageFrame
      title={t('stats.reconciliation.title')}
      lead={t('stats.reconciliation.lead')}
      filters={<StatsFilters filter={filter} list={list} fields={['election', 'asOf']} isElectionRequired />}
      notice={!filter.election && <Text role="status">{t('stats.reconciliation.chooseElection')}</Text>}
      state={{ ...state, data: shown, isLoading: path !== null && state.isLoading }}
      unitNote={t('stats.reconciliation.unitNote')}
    >
      {(answer) => (
        <>
          <FigureBlock
            id="reconciliation-conventions"
            title={t('stats.reconciliation.conventionsTitle')}
            counting={{ date: answer.countingDate, basis: filter.asOf ? 'event_history' : 'current' }}
            isBusy={state.isLoading}
          >
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              {answer.conventions.map((c) => (
                <ConventionCard key={c.agency} convention={c} />
              ))}
            </SimpleGrid>
          </FigureBlock>
          <FigureBlock
            id="reconciliation-differences"
            title={t('stats.reconciliation.differencesTitle')}
            counting={{ date: answer.countingDate, basis: filter.asOf ? 'event_history' : 'current' }}
            isBusy={state.isLoading}
          >
            <DifferencesTable differences={answer.differences} />
          </FigureBlock>
          <section aria-labelledby="reconciliation-published">
            <Title order={2} size="h4" id="reconciliation-published" mb={4}>
              {t('stats.reconciliation.publishedSectionTitle')}
            </Title>
            <Text size="sm" mb="sm" maw={760}>
              {t('stats.reconciliation.publishedLead')}
            </Text>
            {answer.published.length === 0 ? (
              <Text role="status">{t('stats.reconciliation.nonePublished')}</Text>
            ) : (
              <Stack gap="md">
                {answer.published.map((p) => (
                  <PublishedFigureCard
                    key={p.figure.id}
                    published={p}
                    includesDemoData={answer.includesDemoData}
                  />
                ))}
              </Stack>
            )}
          </section>
        </>
      )}
    </StatsPageFrame>
  );
}
