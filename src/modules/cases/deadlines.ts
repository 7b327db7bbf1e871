// Due and escalation dates from the deadline rules and the working-day calendar (ARCHITECTURE.md §4).
import {
  addCalendarDays,
  addWorkingDays,
  workingDaysBetween,
  calendarDaysBetween,
  type HolidayCalendar,
  type IsoDate,
} from '../../platform/calendar';
import { findDeadlineRule, type DeadlineRules } from './deadline-rules';
import type { ElectionType } from './election-type';
import type { CaseDeadline, DeadlineRule, DeadlineStage } from './schema';

function addDays(
  rule: Pick<DeadlineRule, 'count'>,
  from: IsoDate,
  n: number,
  calendar: HolidayCalendar,
): IsoDate {
  return rule.count === 'working' ? addWorkingDays(from, n, calendar) : addCalendarDays(from, n);
}

/**
 * The last day to act and the day the escalation is raised, for a period starting on `startDate` (the start
 * day does not count: "paling lama 7 hari kerja sejak diketahui", UU 7/2017 Pasal 454(6)). A calendar-day
 * period ending on a holiday is not moved (no source says so). Working-day rules throw CalendarError for
 * dates outside the holiday data.
 */
export function computeDeadline(
  rule: DeadlineRule,
  startDate: IsoDate,
  calendar: HolidayCalendar,
): { dueOn: IsoDate; escalateOn: IsoDate | null } {
  const dueOn = addDays(rule, startDate, rule.days, calendar);
  const escalateOn =
    rule.escalateAfterDays === null ? null : addDays(rule, dueOn, rule.escalateAfterDays, calendar);
  return { dueOn, escalateOn };
}

/** The deadline a case carries once a period of `stage` starts on `startedOn`. */
export function startDeadline(
  rules: DeadlineRules,
  electionType: ElectionType,
  stage: DeadlineStage,
  startedOn: IsoDate,
  calendar: HolidayCalendar,
): CaseDeadline {
  const rule = findDeadlineRule(rules, electionType, stage);
  return { ruleId: rule.id, stage, startedOn, ...computeDeadline(rule, startedOn, calendar) };
}

/**
 * The same period under another election type (or edited rules): the issue asks to recompute when the case's
 * election type changes. Keeps the start day, takes the rule of the new type for the same stage.
 */
export function recomputeDeadline(
  deadline: CaseDeadline,
  electionType: ElectionType,
  calendar: HolidayCalendar,
  rules: DeadlineRules,
): CaseDeadline {
  return startDeadline(rules, electionType, deadline.stage, deadline.startedOn, calendar);
}

/** Overdue once the due date (the last day to act) has passed in Jakarta. */
export function isOverdue(deadline: Pick<CaseDeadline, 'dueOn'> | null, today: IsoDate): boolean {
  return deadline !== null && today > deadline.dueOn;
}

/** The escalation is due from its day on. */
export function isEscalationDue(deadline: Pick<CaseDeadline, 'escalateOn'> | null, today: IsoDate): boolean {
  return deadline?.escalateOn != null && today >= deadline.escalateOn;
}

export interface FilingWindowCheck {
  inTime: boolean;
  /** Last day a report about an act known on `knownOn` may be filed. */
  lastDay: IsoDate;
  /** Days (the rule's count) from knowledge to filing; the day of knowledge does not count. */
  elapsedDays: number;
  rule: DeadlineRule;
}

/**
 * Whether a laporan was filed within the window after the act became known: Pemilu 7 working days (UU 7/2017
 * Pasal 454(6)), Pilkada 7 calendar days (REF §1.5). A late report is not registered.
 */
export function filingWindowCheck(
  electionType: ElectionType,
  knownOn: IsoDate,
  filedOn: IsoDate,
  calendar: HolidayCalendar,
  rules: DeadlineRules,
): FilingWindowCheck {
  const rule = findDeadlineRule(rules, electionType, 'filing_window');
  const { dueOn: lastDay } = computeDeadline(rule, knownOn, calendar);
  const elapsedDays =
    rule.count === 'working'
      ? workingDaysBetween(knownOn, filedOn, calendar)
      : calendarDaysBetween(knownOn, filedOn);
  return { inTime: filedOn <= lastDay, lastDay, elapsedDays, rule };
}
