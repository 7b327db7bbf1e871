import { useTranslation } from 'react-i18next';
import type { PpkLeague } from '../../../../modules/stats/league-schema';
import { useApi } from '../../../api/use-api';
import { useListParams } from '../../../routing/use-list-params';
import { CsvLink } from '../csv-link';
import { FigureBlock } from '../figure-block';
import { StatsFilters } from '../stats-filters';
import { StatsPageFrame } from '../stats-page-frame';
import { leagueApiPath, leagueCsvPath, statsFilterOf } from '../stats-query';
import { LeagueHeadline } from './league-headline';
import { LeagueTable } from './league-table';

/** The PPK follow-up league (issue 5 §5): per agency, what BKN recommended and what the PPK did with it. */
export function PpkLeaguePage() {
  const { t } = useTranslation();
  const list = useListParams();
  const filter = statsFilterOf(list.get);
  const state = useApi<PpkLeague>(leagueApiPath(filter));
  return (
    <StatsPageFrame
      title={t('stats.league.title')}
      lead={t('stats.league.lead')}
      filters={<StatsFilters filter={filter} list={list} fields={['election', 'region']} />}
      state={state}
      unitNote={t('stats.league.unitNote')}
    >
      {(data) => (
        <>
          <FigureBlock
            id="league-headline"
            title={t('stats.league.headlineTitle')}
            counting={{ date: data.countingDate }}
            isBusy={state.isLoading}
          >
            <LeagueHeadline league={data} />
          </FigureBlock>
          <FigureBlock
            id="league-table"
            title={t('stats.league.tableTitle')}
            counting={{ date: data.countingDate }}
            isBusy={state.isLoading}
            controls={<CsvLink href={leagueCsvPath(filter)} tableName={t('stats.league.tableTitle')} />}
          >
            <LeagueTable league={data} />
          </FigureBlock>
        </>
      )}
    </StatsPageFrame>
  );
}
