import { useTranslation } from 'react-i18next';
import type { BreakdownRow, StatsDimension } from '../../../modules/stats/schema';
import { DataTable, type Column } from '../../components/data-table';
import { useLanguage } from '../../i18n/use-language';
import { cellText, HEADLINE_COLUMNS, rateText } from './figures-text';
import type { CsvColumn } from './stats-query';

/** The columns the table shows after the group, and so exactly the columns its CSV asks for. */
export const BREAKDOWN_TABLE_COLUMNS: readonly CsvColumn[] = [...HEADLINE_COLUMNS, 'followUpRate'];

/** One row per group (largest first, months in order), with the headline steps and the follow-up rate. */
export function BreakdownTable({ by, rows }: { by: StatsDimension; rows: BreakdownRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dimension = t(`stats.dimensions.${by}`);
  const columns: Column<BreakdownRow>[] = [
    { header: dimension, isRowHeader: true, cell: (r) => r.label },
    ...HEADLINE_COLUMNS.map((c) => ({
      header: t(`stats.columns.${c}`),
      cell: (r: BreakdownRow) => cellText(r.figures[c], language),
    })),
    { header: t('stats.followUpRate'), cell: (r) => rateText(r.figures.followUpRate, language) },
  ];
  return (
    <DataTable
      caption={t('stats.breakdownCaption', { dimension })}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      emptyText={t('stats.empty')}
      minWidth={560}
    />
  );
}
