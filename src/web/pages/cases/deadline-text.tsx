import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../modules/cases/case-api-schema';
import { ClockIcon, WarningIcon } from '../../components/inline-icons';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { deadlineStatus, jakartaToday } from './deadline-status';

// Text colours with at least 4.5:1 contrast on white and on the striped rows.
const OVERDUE_COLOR = 'red.9';
const DUE_SOON_COLOR = '#8a4b00';

/**
 * A due date with how it stands in words ("terlambat 2 hari", "jatuh tempo dalam 1 hari") and a mark, in
 * bold: the status is never told by colour alone.
 */
export function DeadlineText({ clock }: { clock: CaseSummary['deadline'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = deadlineStatus(clock, jakartaToday());
  if (status.kind === 'none' || !clock) return <>{t('cases.deadline.none')}</>;
  const date = formatDate(clock.dueOn, language);
  if (status.kind === 'on_track') return <>{date}</>;
  const isOverdue = status.kind === 'overdue';
  const words = isOverdue
    ? t('cases.deadline.overdueBy', { count: status.days })
    : status.days === 0
      ? t('cases.deadline.dueToday')
      : t('cases.deadline.dueIn', { count: status.days });
  return (
    <Text span fw={700} c={isOverdue ? OVERDUE_COLOR : DUE_SOON_COLOR} inherit>
      {isOverdue ? <WarningIcon /> : <ClockIcon />} {date} ({words})
    </Text>
  );
}
