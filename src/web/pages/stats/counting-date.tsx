import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';

/**
 * The day a block of figures counts to, said beside every block (issue 5 §2): "as of" a day, recounted from
 * the case history when a past day was chosen, or each month's last day for a series.
 */
export function CountingDate({
  date,
  basis = 'current',
}: {
  date: string;
  basis?: 'current' | 'event_history' | 'month_ends' | 'snapshot';
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Text size="sm" c="dimmed" data-counting-date={date}>
      {t(`stats.counting.${basis}`, { date: formatDate(date, language) })}
    </Text>
  );
}
