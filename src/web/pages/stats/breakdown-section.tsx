import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { useApi } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { BreakdownChart } from './breakdown-chart';
import type { BreakdownChartSpec } from './breakdown-charts';
import { BREAKDOWN_TABLE_COLUMNS, BreakdownTable } from './breakdown-table';
import { CsvLink } from './csv-link';
import { countingOf } from './counting-date';
import { FigureBlock } from './figure-block';
import { statsApiPath, statsCsvPath, type StatsFilter } from './stats-query';
import { ViewToggle, type FigureView } from './view-toggle';

/** One breakdown as horizontal bars or as its table, with the CSV of exactly that table. */
export function BreakdownSection({ spec, filter }: { spec: BreakdownChartSpec; filter: StatsFilter }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [view, setView] = useState<FigureView>('chart');
  const { data, error, isLoading, reload } = useApi<PublicStats>(statsApiPath(filter, spec.by));
  const title = t(`stats.breakdownTitles.${spec.by}`);
  return (
    <FigureBlock
      id={titleId}
      title={title}
      isBusy={isLoading && data !== undefined}
      counting={countingOf(data)}
      controls={
        <>
          <ViewToggle value={view} onChange={setView} label={t('stats.view.label', { figure: title })} />
          <CsvLink href={statsCsvPath(filter, spec.by, BREAKDOWN_TABLE_COLUMNS)} tableName={title} />
        </>
      }
    >
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data?.breakdown &&
        (view === 'table' ? (
          <BreakdownTable by={spec.by} rows={data.breakdown.rows} />
        ) : (
          <BreakdownChart
            spec={spec}
            breakdown={data.breakdown}
            funnel={data.funnel}
            threshold={data.suppressionThreshold}
          />
        ))}
    </FigureBlock>
  );
}
