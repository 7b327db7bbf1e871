import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsTrend } from '../../../modules/stats/trend-schema';
import { useApi } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { formatCount } from '../../format/counts';
import { formatDate } from '../../format/dates';
import { LOCALE } from '../../format/locale';
import { useLanguage } from '../../i18n/use-language';
import { EChart } from './charts/echart';
import { CsvLink } from './csv-link';
import { cellText } from './figures-text';
import { FigureBlock } from './figure-block';
import { trendApiPath, trendCsvPath, type StatsFilter } from './stats-query';
import { trendOption } from './trend-option';
import { TrendTable } from './trend-table';
import { ViewToggle, type FigureView } from './view-toggle';

/** The funnel month by month (cumulative, as it stood at each month's end), as lines or as a table. */
export function TrendSection({ filter }: { filter: StatsFilter }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = { title: useId(), note: useId() };
  const [view, setView] = useState<FigureView>('chart');
  const isNarrow = useMediaQuery('(max-width: 36em)') ?? false;
  const { data, error, isLoading, reload } = useApi<StatsTrend>(trendApiPath(filter));
  const title = t('stats.trend.title');
  const option = useMemo(() => {
    const month = new Intl.DateTimeFormat(LOCALE[language], {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return trendOption(
      data?.points ?? [],
      {
        stepLabel: (s) => t(`stats.columns.${s}`),
        month: (d) => month.format(new Date(`${d}T00:00:00Z`)),
        day: (d) => formatDate(d, language),
        cell: (n) => cellText(n, language),
        count: (n) => formatCount(n, language),
      },
      isNarrow,
    );
  }, [data, language, t, isNarrow]);
  return (
    <FigureBlock
      id={ids.title}
      title={title}
      isBusy={isLoading && data !== undefined}
      counting={data && { date: data.countingDate, basis: 'month_ends' }}
      controls={
        <>
          <ViewToggle value={view} onChange={setView} label={t('stats.view.label', { figure: title })} />
          <CsvLink href={trendCsvPath(filter)} tableName={title} />
        </>
      }
    >
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data &&
        (view === 'table' ? (
          <TrendTable trend={data} />
        ) : data.points.length === 0 ? (
          <Text role="status">{t('stats.empty')}</Text>
        ) : (
          <>
            <EChart
              option={option}
              height={340}
              description={t('stats.trend.description', { count: data.points.length })}
              describedBy={ids.note}
            />
            <Text size="xs" c="dimmed" id={ids.note} mt={4}>
              {t('stats.trend.note')}
            </Text>
          </>
        ))}
    </FigureBlock>
  );
}
