import type { TFunction } from 'i18next';
import type { DeadlineRuleEdit } from '../../../modules/cases/deadline-rule-api-schema';

type Period = Pick<DeadlineRuleEdit, 'days' | 'count' | 'escalateAfterDays'>;

/** "7 hari kerja", "14 calendar days". */
export function periodText(t: TFunction, p: Pick<Period, 'days' | 'count'>): string {
  return p.count === 'working'
    ? t('deadlineRules.workingDays', { count: p.days })
    : t('deadlineRules.calendarDays', { count: p.days });
}

/** "1 hari setelah jatuh tempo", or that there is none. */
export function escalationText(t: TFunction, p: Pick<Period, 'escalateAfterDays'>): string {
  return p.escalateAfterDays === null
    ? t('deadlineRules.noEscalation')
    : t('deadlineRules.escalateAfter', { count: p.escalateAfterDays });
}
