import { Anchor, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { DataTable, type Column } from '../../components/data-table';
import { useLanguage } from '../../i18n/use-language';
import { cellText, HEADLINE_COLUMNS, rateText } from './figures-text';

type Breakdown = NonNullable<PublicStats['breakdown']>;
type Row = Breakdown['rows'][number];

/** One row per group (largest first, months in order), with the headline steps and the follow-up rate. */
export function BreakdownTable({
  breakdown,
  threshold,
  csvPath,
}: {
  breakdown: Breakdown;
  threshold: number;
  csvPath: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dimension = t(`stats.dimensions.${breakdown.by}`);
  const columns: Column<Row>[] = [
    { header: dimension, isRowHeader: true, cell: (r) => r.label },
    ...HEADLINE_COLUMNS.map((c) => ({
      header: t(`stats.columns.${c}`),
      cell: (r: Row) => cellText(r.figures[c], threshold, language),
    })),
    { header: t('stats.followUpRate'), cell: (r) => rateText(r.figures.followUpRate, language) },
  ];
  return (
    <section aria-labelledby="stats-breakdown">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h3" id="stats-breakdown">
          {t('stats.breakdownTitle', { dimension })}
        </Title>
        <Anchor href={csvPath} download>
          {t('stats.downloadCsv')}
        </Anchor>
      </Group>
      <DataTable
        caption={t('stats.breakdownCaption', { dimension })}
        columns={columns}
        rows={breakdown.rows}
        rowKey={(r) => r.key}
        emptyText={t('stats.empty')}
        minWidth={560}
      />
    </section>
  );
}
