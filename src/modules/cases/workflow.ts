// The case workflow as a table (ARCHITECTURE.md §4; STYLE.md "workflow.ts"): for each action, the states it
// leaves, the state it reaches, who may take it, its input schema, the deadline it starts and the outcome.
import type { AgencyRef, StaffRole } from '../identity';
import type { IsoDate } from '../../platform/calendar';
import { isOverdue } from './deadlines';
import { rolesFor } from './policy';
import { CASE_ACTION_INPUTS, CASE_ACTION_IDS, type CaseActionId, type CaseDeadline } from './schema';
import { CASE_STATE_INFO, type CaseOutcome, type CaseState } from './states';
import { BAWASLU_TRANSITIONS } from './transitions/bawaslu-transitions';
import { BKN_TRANSITIONS } from './transitions/bkn-transitions';
import { CLOSING_TRANSITIONS } from './transitions/closing-transitions';
import { PPK_TRANSITIONS } from './transitions/ppk-transitions';
import type { ActionGuard, TransitionRule } from './transitions/transition-rule';

const TRANSITIONS = {
  ...BAWASLU_TRANSITIONS,
  ...BKN_TRANSITIONS,
  ...PPK_TRANSITIONS,
  ...CLOSING_TRANSITIONS,
} satisfies Record<CaseActionId, TransitionRule>;

export interface CaseAction<A extends CaseActionId = CaseActionId> extends TransitionRule {
  id: A;
  input: (typeof CASE_ACTION_INPUTS)[A];
  /** The outcome the action sets: the target state's (null for an open state, so reopening clears it). */
  outcome: CaseOutcome | null | 'unchanged';
}

function withInputAndOutcome<A extends CaseActionId>(id: A): CaseAction<A> {
  const rule: TransitionRule = TRANSITIONS[id];
  const outcome = rule.to === 'unchanged' ? 'unchanged' : CASE_STATE_INFO[rule.to].outcome;
  return { ...rule, id, input: CASE_ACTION_INPUTS[id], outcome };
}

export const CASE_ACTIONS = Object.fromEntries(
  CASE_ACTION_IDS.map((id) => [id, withInputAndOutcome(id)]),
) as {
  [A in CaseActionId]: CaseAction<A>;
};

/** What allowedActions needs to know about a case besides its state. */
export interface ActionContext {
  /** Today in Jakarta (jakartaDate(now)). */
  today: IsoDate;
  agencyKind: AgencyRef['kind'] | null;
  ppkConflicted: boolean;
  deadline: CaseDeadline | null;
  /** false when the case's laporan was filed after the filing window; null for a temuan or when unknown. */
  filedInTime: boolean | null;
  /** false when the case's laporan is anonymous (no reporter on file); absent or null for a temuan. */
  reporterIdentified?: boolean | null;
}

export function guardPasses(guard: ActionGuard, ctx: ActionContext): boolean {
  switch (guard) {
    case 'overdue':
      return isOverdue(ctx.deadline, ctx.today);
    case 'handling_not_extended':
      return ctx.deadline?.stage === 'bawaslu_handling';
    case 'ppk_not_conflicted':
      return !ctx.ppkConflicted;
    case 'filed_in_time':
      return ctx.filedInTime !== false;
    case 'reporter_identified':
      return ctx.reporterIdentified !== false;
  }
}

export function isActionFrom(action: CaseActionId, state: CaseState): boolean {
  return CASE_ACTIONS[action].from.includes(state);
}

export function mayTakeAction(action: CaseActionId, role: StaffRole, ctx: ActionContext): boolean {
  return rolesFor(CASE_ACTIONS[action].actor, ctx).includes(role);
}

/**
 * The actions this role may take now on a case in `state` (scope is checked separately: policy.ts
 * coversCase). Responses carry this list as the caller's abilities; the UI draws its buttons from it.
 */
export function allowedActions(state: CaseState, role: StaffRole, ctx: ActionContext): CaseActionId[] {
  return CASE_ACTION_IDS.filter(
    (a) =>
      isActionFrom(a, state) &&
      mayTakeAction(a, role, ctx) &&
      CASE_ACTIONS[a].guards.every((g) => guardPasses(g, ctx)),
  );
}

/** The state an action leads to from `state`. */
export function targetState(action: CaseActionId, state: CaseState): CaseState {
  const to = CASE_ACTIONS[action].to;
  return to === 'unchanged' ? state : to;
}
