import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZSanctionTypeList } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useLanguage } from '../../i18n/use-language';
import { CatalogueTab } from './catalogue-tab';
import { ASN_TYPE_KEYS, SANCTION_LEVEL_KEYS } from './legal-labels';
import { useRegulationNames } from './use-regulation-names';

/** The sanctions each regulation defines, by severity and kind of staff. */
export function SanctionTypesTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const regulationName = useRegulationNames();
  const { data, error, reload } = useApi<z.infer<typeof ZSanctionTypeList>>(
    '/api/reference/legal/sanction-types',
  );
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  return (
    <CatalogueTab
      items={data.items}
      rowKey={(s) => s.code}
      textOf={(s) => `${regulationName(s.regulationCode)} ${s.labelId} ${s.glossEn}`}
      caption={t('legal.sanctionTypes')}
      searchLabel={t('legal.searchSanctionTypes')}
      columns={[
        {
          header: t('legal.sanction'),
          isRowHeader: true,
          cell: (s) => (
            <>
              <span lang="id">{s.labelId}</span>
              {language === 'en' && (
                <Text size="xs" c="dimmed" lang="en">
                  {s.glossEn}
                </Text>
              )}
            </>
          ),
        },
        { header: t('legal.regulation'), cell: (s) => regulationName(s.regulationCode) },
        { header: t('legal.sanctionLevel'), cell: (s) => t(SANCTION_LEVEL_KEYS[s.level]) },
        { header: t('legal.appliesTo'), cell: (s) => s.asnTypes.map((a) => t(ASN_TYPE_KEYS[a])).join(', ') },
        { header: t('common.confidence'), cell: (s) => <ConfidenceBadge confidence={s.confidence} /> },
      ]}
    />
  );
}
