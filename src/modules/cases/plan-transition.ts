// Plans one transition without touching anything: the caller (an action in one transaction) stores the result,
// appends the event and the audit row, or maps the refusal to an AppError.
import type { z } from 'zod';
import type { StaffRole } from '../identity';
import { jakartaDate, type HolidayCalendar } from '../../platform/calendar';
import type { FieldError } from '../../platform/errors/app-error';
import type { CaseActor, CaseSnapshot } from './case-snapshot';
import type { DeadlineRules } from './deadline-rules';
import { filingWindowCheck, recomputeDeadline, startDeadline } from './deadlines';
import { coversCase, rolesFor } from './policy';
import type { CaseActionId, CaseActionInput, CaseDeadline } from './schema';
import { CASE_STATE_INFO, type CaseOutcome, type CaseProgress, type CaseState } from './states';
import { checkTransitionInput, type TransitionFlag } from './transition-checks';
import type { ActionGuard, DeadlineEffect } from './transitions/transition-rule';
import { allowedActions, CASE_ACTIONS, guardPasses, targetState, type ActionContext } from './workflow';

export interface TransitionPlan<A extends CaseActionId = CaseActionId> {
  ok: true;
  action: A;
  from: CaseState;
  to: CaseState;
  progress: CaseProgress;
  outcome: CaseOutcome | null;
  /** The deadline the case carries afterwards (store it as due_at / escalate_at); null = none. */
  deadline: CaseDeadline | null;
  ppkConflicted: boolean;
  /** The parsed input: stored with the event. */
  input: CaseActionInput<A>;
  flags: TransitionFlag[];
}

/** Why a transition is refused; `allowed` is what the actor may do instead (empty when out of scope). */
export type TransitionRefusal =
  /** Map to NOT_FOUND (404): the case must not be known to exist. */
  | { ok: false; code: 'OUT_OF_SCOPE'; allowed: [] }
  | { ok: false; code: 'INVALID_TRANSITION'; allowed: CaseActionId[]; reason: 'not_from_state' | ActionGuard }
  | { ok: false; code: 'FORBIDDEN'; allowed: CaseActionId[]; requiredRoles: StaffRole[] }
  | { ok: false; code: 'VALIDATION_FAILED'; allowed: CaseActionId[]; fields: FieldError[] };

export type TransitionResult<A extends CaseActionId = CaseActionId> = TransitionPlan<A> | TransitionRefusal;

/** The facts allowedActions needs, derived from the case, the clock, the calendar and the rules. */
export function actionContextOf(
  c: CaseSnapshot,
  now: Date,
  calendar: HolidayCalendar,
  rules: DeadlineRules,
): ActionContext {
  const filedInTime =
    c.filing?.intakeKind === 'report'
      ? filingWindowCheck(c.electionType, c.filing.knownOn, c.filing.filedOn, calendar, rules).inTime
      : null;
  return {
    today: jakartaDate(now),
    agencyKind: c.agency?.kind ?? null,
    ppkConflicted: c.ppkConflicted,
    deadline: c.deadline,
    filedInTime,
    reporterIdentified: c.filing?.intakeKind === 'report' ? (c.filing.reporterIdentified ?? true) : null,
  };
}

function fieldsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: [...issue.path, k].join('.'), message: 'unknown field' }))
      : [{ path: issue.path.join('.') || '(input)', message: issue.message }],
  );
}

function nextDeadline(
  effect: DeadlineEffect,
  c: CaseSnapshot,
  ctx: ActionContext,
  calendar: HolidayCalendar,
  rules: DeadlineRules,
): CaseDeadline | null {
  switch (effect.kind) {
    case 'keep':
      return c.deadline;
    case 'recompute':
      // c.electionType is already the corrected one (transitionCase plans on the corrected snapshot).
      return c.deadline && recomputeDeadline(c.deadline, c.electionType, calendar, rules);
    case 'clear':
      return null;
    case 'start':
      return startDeadline(rules, c.electionType, effect.stage, ctx.today, calendar);
    case 'extend':
      return startDeadline(rules, c.electionType, effect.stage, c.deadline?.startedOn ?? ctx.today, calendar);
  }
}

/**
 * Plans `action` on case `c` by `actor` at `now`. Refuses in this order: out of scope, not from this state,
 * wrong role, failed guard, bad input. May throw CalendarError (400) for a date outside the holiday data.
 */
export function planTransition<A extends CaseActionId>(
  c: CaseSnapshot,
  action: A,
  actor: CaseActor,
  input: unknown,
  now: Date,
  calendar: HolidayCalendar,
  rules: DeadlineRules,
): TransitionResult<A> {
  if (!coversCase(actor, c, actor.coverage)) return { ok: false, code: 'OUT_OF_SCOPE', allowed: [] };
  const ctx = actionContextOf(c, now, calendar, rules);
  const allowed = allowedActions(c.state, actor.role, ctx);
  const rule = CASE_ACTIONS[action];
  if (!rule.from.includes(c.state)) {
    return { ok: false, code: 'INVALID_TRANSITION', allowed, reason: 'not_from_state' };
  }
  const requiredRoles = rolesFor(rule.actor, ctx);
  if (!requiredRoles.includes(actor.role)) {
    return { ok: false, code: 'FORBIDDEN', allowed, requiredRoles: [...requiredRoles] };
  }
  const failed = rule.guards.find((g) => !guardPasses(g, ctx));
  if (failed) return { ok: false, code: 'INVALID_TRANSITION', allowed, reason: failed };

  const parsed = rule.input.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: 'VALIDATION_FAILED', allowed, fields: fieldsOf(parsed.error) };
  const parsedInput = parsed.data as CaseActionInput<A>;
  const checks = checkTransitionInput(action, parsedInput, c);
  if (rule.documentRequired && parsedInput.documentIds.length === 0) {
    checks.fields.push({ path: 'documentIds', message: 'at least one document is required for this step' });
  }
  if (checks.fields.length > 0)
    return { ok: false, code: 'VALIDATION_FAILED', allowed, fields: checks.fields };

  const to = targetState(action, c.state);
  const flags = checks.flags;
  if (rule.actor.kind === 'ppk_follow_up' && c.ppkConflicted) flags.push('followed_up_by_supervisor');
  return {
    ok: true,
    action,
    from: c.state,
    to,
    progress: CASE_STATE_INFO[to].progress,
    outcome: CASE_STATE_INFO[to].outcome,
    deadline: nextDeadline(rule.deadline, c, ctx, calendar, rules),
    ppkConflicted: c.ppkConflicted || action === 'mark_ppk_conflicted',
    input: parsedInput,
    flags,
  };
}
