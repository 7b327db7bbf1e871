import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZElectionPhase } from '../../../modules/reference/schema';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { DataTable } from '../../components/data-table';
import { formatDateRange } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';

type ElectionPhase = z.infer<typeof ZElectionPhase>;

/** The election calendar: each phase with its dates, how sure they are, and where they come from. */
export function ElectionPhasesTable({ phases }: { phases: ElectionPhase[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable
      caption={t('elections.phasesTitle')}
      rows={phases}
      rowKey={(p) => p.code}
      emptyText={t('elections.phasesEmpty')}
      minWidth={760}
      columns={[
        {
          header: t('elections.phase'),
          isRowHeader: true,
          cell: (p) => (language === 'en' ? p.labelEn : p.labelId),
        },
        {
          header: t('elections.dates'),
          cell: (p) => (
            <Stack gap={4} align="flex-start">
              <span>{formatDateRange(p.startsOn, p.endsOn, language) ?? t('elections.datesUnknown')}</span>
              {p.overridden && (
                <Badge variant="light" color="blue.9" radius="sm">
                  {t('elections.regionalDates')}
                </Badge>
              )}
            </Stack>
          ),
        },
        { header: t('common.confidence'), cell: (p) => <ConfidenceBadge confidence={p.confidence} /> },
        {
          header: t('common.source'),
          cell: (p) => (
            <Text size="xs">
              {p.source}
              {p.note && <em> — {p.note}</em>}
            </Text>
          ),
        },
      ]}
    />
  );
}
