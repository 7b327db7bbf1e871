import { useTranslation } from 'react-i18next';
import type { StatsTrend } from '../../../modules/stats/trend-schema';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { cellText, HEADLINE_COLUMNS, rateText } from './figures-text';

type Point = StatsTrend['points'][number];

/** One row per month: the cumulative steps as they stood on its last day, and the follow-up rate. */
export function TrendTable({ trend }: { trend: StatsTrend }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: Column<Point>[] = [
    { header: t('stats.trend.asOf'), isRowHeader: true, cell: (p) => formatDate(p.asOf, language) },
    ...HEADLINE_COLUMNS.map((c) => ({
      header: t(`stats.columns.${c}`),
      cell: (p: Point) => cellText(p[c], language),
    })),
    { header: t('stats.followUpRate'), cell: (p) => rateText(p.followUpRate, language) },
  ];
  return (
    <DataTable
      caption={t('stats.trend.caption')}
      columns={columns}
      rows={trend.points}
      rowKey={(p) => p.asOf}
      emptyText={t('stats.empty')}
      minWidth={620}
    />
  );
}
