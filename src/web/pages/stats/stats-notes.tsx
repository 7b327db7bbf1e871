import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';

/** What the figures count and as of when, which cells are withheld, and whether demo cases are among them. */
export function StatsNotes({
  countingDate,
  threshold,
  includesDemoData,
  unitNote,
}: {
  countingDate: string;
  threshold: number;
  includesDemoData: boolean;
  unitNote: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="xs" maw={760}>
      <Text fw={700}>{t('stats.countingDate', { date: formatDate(countingDate, language) })}</Text>
      <Text size="sm">{unitNote}</Text>
      <Text size="sm">{t('stats.suppressionNote', { threshold })}</Text>
      {includesDemoData && (
        <Alert color="yellow" variant="light" title={t('stats.demoTitle')}>
          {t('stats.demoNote')}
        </Alert>
      )}
    </Stack>
  );
}
