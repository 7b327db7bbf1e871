import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PpkLeague } from '../../../../modules/stats/league-schema';
import { useApi } from '../../../api/use-api';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useListParams } from '../../../routing/use-list-params';
import { CsvLink } from '../csv-link';
import { FigureBlock } from '../figure-block';
import { StatsFilters } from '../stats-filters';
import { StatsNotes } from '../stats-notes';
import { leagueApiPath, leagueCsvPath, statsFilterOf } from '../stats-query';
import { LeagueHeadline } from './league-headline';
import { LeagueTable } from './league-table';

/** The PPK follow-up league (issue 5 §5): per agency, what BKN recommended and what the PPK did with it. */
export function PpkLeaguePage() {
  const { t } = useTranslation();
  const list = useListParams();
  const filter = statsFilterOf(list.get);
  const { data, error, isLoading, reload } = useApi<PpkLeague>(leagueApiPath(filter));
  const title = t('stats.league.title');
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <Text maw={760}>{t('stats.league.lead')}</Text>
      </div>
      <StatsFilters filter={filter} list={list} fields={['election', 'region']} />
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && !error && (
        <>
          <StatsNotes
            countingDate={data.countingDate}
            threshold={data.suppressionThreshold}
            includesDemoData={data.includesDemoData}
            unitNote={t('stats.league.unitNote')}
          />
          <FigureBlock
            id="league-headline"
            title={t('stats.league.headlineTitle')}
            counting={{ date: data.countingDate }}
            isBusy={isLoading}
          >
            <LeagueHeadline league={data} />
          </FigureBlock>
          <FigureBlock
            id="league-table"
            title={t('stats.league.tableTitle')}
            counting={{ date: data.countingDate }}
            isBusy={isLoading}
            controls={<CsvLink href={leagueCsvPath(filter)} tableName={t('stats.league.tableTitle')} />}
          >
            <LeagueTable league={data} />
          </FigureBlock>
        </>
      )}
    </Stack>
  );
}
