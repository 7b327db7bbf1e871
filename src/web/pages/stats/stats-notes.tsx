import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';

/** What every statistics answer says of itself: its counting day, its suppression threshold, demo cases or not. */
export type NotedAnswer = Pick<PublicStats, 'countingDate' | 'suppressionThreshold' | 'includesDemoData'>;

/** What the figures count and as of when, which cells are withheld, and whether demo cases are among them. */
export function StatsNotes({ answer, unitNote }: { answer: NotedAnswer; unitNote: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="xs" maw={760}>
      <Text fw={700}>{t('stats.countingDate', { date: formatDate(answer.countingDate, language) })}</Text>
      <Text size="sm">{unitNote}</Text>
      <Text size="sm">{t('stats.suppressionNote', { threshold: answer.suppressionThreshold })}</Text>
      {answer.includesDemoData && (
        <Alert color="yellow" variant="light" title={t('stats.demoTitle')}>
          {t('stats.demoNote')}
        </Alert>
      )}
    </Stack>
  );
}
