import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';
import { DataTable } from '../../../components/data-table';
import { useLanguage } from '../../../i18n/use-language';
import { cellText } from '../figures-text';

type Difference = Reconciliation['differences'][number];

/** Why the agencies' totals differ, each reason with how many it accounts for. */
export function DifferencesTable({ differences }: { differences: Difference[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable<Difference>
      caption={t('stats.reconciliation.differencesCaption')}
      rows={differences}
      rowKey={(d) => d.code}
      emptyText={t('stats.reconciliation.noDifferences')}
      minWidth={360}
      columns={[
        {
          header: t('stats.reconciliation.reason'),
          isRowHeader: true,
          cell: (d) => (language === 'id' ? d.labelId : d.labelEn),
        },
        { header: t('stats.reconciliation.size'), cell: (d) => cellText(d.value, language) },
      ]}
    />
  );
}
