import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';

type CountingBasis = 'current' | 'event_history' | 'month_ends' | 'snapshot';

/** What a statistics answer says of its counting: its day, and whether it was recounted as of that day. */
export function countingOf(
  answer: Pick<PublicStats, 'countingDate' | 'countedFrom'> | undefined,
): { date: string; basis: CountingBasis } | undefined {
  if (!answer) return undefined;
  return {
    date: answer.countingDate,
    basis: answer.countedFrom === 'event_history' ? 'event_history' : 'current',
  };
}

/**
 * The day a block of figures counts to, said beside every block (issue 5 §2): "as of" a day, recounted from
 * the case history when a past day was chosen, or each month's last day for a series.
 */
export function CountingDate({ date, basis = 'current' }: { date: string; basis?: CountingBasis }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Text size="sm" c="dimmed" data-counting-date={date}>
      {t(`stats.counting.${basis}`, { date: formatDate(date, language) })}
    </Text>
  );
}
