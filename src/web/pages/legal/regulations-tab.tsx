import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZRegulationList } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { CatalogueTab } from './catalogue-tab';
import type { Regulation } from './use-regulation-names';

/** The laws and rules neutrality supervision rests on, with when each was in force. */
export function RegulationsTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, reload } = useApi<z.infer<typeof ZRegulationList>>('/api/reference/legal/regulations');
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const inForce = (r: Regulation) => {
    const from = r.validFrom ? formatDate(r.validFrom, language) : '?';
    return r.validTo
      ? `${from} – ${formatDate(r.validTo, language)}`
      : t('legal.inForceSince', { date: from });
  };
  return (
    <CatalogueTab
      items={data.items}
      rowKey={(r) => r.code}
      textOf={(r) => `${r.shortName} ${r.title} ${r.purpose}`}
      caption={t('legal.regulations')}
      searchLabel={t('legal.searchRegulations')}
      columns={[
        { header: t('legal.regulation'), isRowHeader: true, cell: (r) => <strong>{r.shortName}</strong> },
        { header: t('legal.titleColumn'), cell: (r) => r.title },
        { header: t('legal.inForce'), cell: inForce },
        { header: t('legal.purpose'), cell: (r) => <Text size="sm">{r.purpose}</Text> },
        { header: t('common.confidence'), cell: (r) => <ConfidenceBadge confidence={r.confidence} /> },
      ]}
    />
  );
}
