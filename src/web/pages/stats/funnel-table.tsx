import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelFigures } from '../../../modules/stats/schema';
import { DataTable } from '../../components/data-table';
import { useLanguage } from '../../i18n/use-language';
import { FUNNEL_COLUMNS } from '../../../modules/stats/schema';
import { cellText, FUNNEL_DEPTH, type FunnelColumn } from './figures-text';

/** Every step of the funnel, one row each, indented under the step it splits (as in the CSV's columns). */
export function FunnelTable({ funnel }: { funnel: FunnelFigures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable<FunnelColumn>
      caption={t('stats.funnelCaption')}
      rows={[...FUNNEL_COLUMNS]}
      rowKey={(c) => c}
      emptyText={t('stats.empty')}
      minWidth={360}
      columns={[
        {
          header: t('stats.stage'),
          isRowHeader: true,
          cell: (c) => (
            <Text
              span
              inherit
              display="block"
              pl={FUNNEL_DEPTH[c] * 20}
              fw={FUNNEL_DEPTH[c] === 0 ? 700 : undefined}
            >
              {t(`stats.columns.${c}`)}
            </Text>
          ),
        },
        { header: t('stats.count'), cell: (c) => cellText(funnel[c], language) },
      ]}
    />
  );
}
