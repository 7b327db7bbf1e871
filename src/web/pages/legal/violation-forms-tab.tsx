import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZSanctionTypeList, ZViolationFormList } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useLanguage } from '../../i18n/use-language';
import { CatalogueTab } from './catalogue-tab';
import { SANCTION_LEVEL_KEYS, VIOLATION_TRACK_KEYS } from './legal-labels';
import { useRegulationNames } from './use-regulation-names';

/** The forms of violation, each with the regulation item it comes from and the sanction level it carries. */
export function ViolationFormsTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const regulationName = useRegulationNames();
  const forms = useApi<z.infer<typeof ZViolationFormList>>('/api/reference/legal/violation-forms');
  const sanctions = useApi<z.infer<typeof ZSanctionTypeList>>('/api/reference/legal/sanction-types');
  if (forms.error) return <ErrorState error={forms.error} onRetry={forms.reload} />;
  if (!forms.data) return <LoadingState />;
  const levelOf = new Map((sanctions.data?.formLevels ?? []).map((l) => [l.formCode, l.level]));
  return (
    <CatalogueTab
      items={forms.data.items}
      rowKey={(f) => f.code}
      textOf={(f) => `${regulationName(f.regulationCode)} ${f.reference} ${f.textId} ${f.glossEn}`}
      caption={t('legal.violationForms')}
      searchLabel={t('legal.searchViolationForms')}
      columns={[
        {
          header: t('legal.regulation'),
          cell: (f) => (
            <>
              <strong>{regulationName(f.regulationCode)}</strong>
              <Text size="xs">{f.reference}</Text>
            </>
          ),
        },
        {
          header: t('legal.violationForm'),
          isRowHeader: true,
          cell: (f) => (
            <>
              <span lang="id">{f.textId}</span>
              {language === 'en' && (
                <Text size="xs" c="dimmed" lang="en">
                  {f.glossEn}
                </Text>
              )}
            </>
          ),
        },
        { header: t('legal.track'), cell: (f) => t(VIOLATION_TRACK_KEYS[f.track]) },
        {
          header: t('legal.sanctionLevel'),
          cell: (f) => {
            const level = levelOf.get(f.code);
            return level ? t(SANCTION_LEVEL_KEYS[level]) : '—';
          },
        },
        { header: t('common.confidence'), cell: (f) => <ConfidenceBadge confidence={f.confidence} /> },
      ]}
    />
  );
}
