// "My tasks": the conditions under which a role may take at least one action on a case, derived from the
// workflow table so the inbox filter and the abilities on the case page can never disagree. Pure.
import type { AgencyRef, StaffRole } from '../identity';
import { rolesFor } from './policy';
import { CASE_ACTION_IDS, type CaseActionId, type DeadlineStage } from './schema';
import { CASE_STATE_INFO, type CaseState } from './states';
import { CASE_ACTIONS } from './workflow';

/** A case matches when its state is one of `states` and every other given field holds. */
export interface ActionableWhen {
  states: CaseState[];
  /** null: the case has no agency yet. Absent: any. */
  agencyKind?: AgencyRef['kind'] | null;
  ppkConflicted?: boolean;
  /** The running deadline has passed (the `overdue` guard). */
  overdue?: true;
  /** The running deadline is of this stage (the `handling_not_extended` guard). */
  deadlineStage?: DeadlineStage;
}

const AGENCY_KINDS: (AgencyRef['kind'] | null)[] = ['regional', 'central', null];

/**
 * Actions open on many cases at once that are nobody's pending work: reopening a closed case, declaring a
 * subject inactive, a conflict of interest, invalidating an abuse. They stay abilities on the case page, but
 * a case is not a task because of them (else every PPK-stage case would sit in BKN's tasks).
 */
export const EXCEPTION_ACTIONS: readonly CaseActionId[] = [
  'correct_case_details',
  'mark_subject_inactive',
  'mark_ppk_conflicted',
  'invalidate_case',
  'reopen_at_bawaslu',
  'reopen_at_bkn',
];

/**
 * The conditions under which `role` has a task on an open case: an ability other than the exception actions
 * (scope aside: the inbox query ANDs visibleTo). The `filed_in_time` guard is left out: it needs the intake, and a late laporan still belongs in
 * the officer's tasks, to be rejected (reject_formal) rather than registered.
 */
export function whenRoleMayAct(role: StaffRole): ActionableWhen[] {
  const merged = new Map<string, ActionableWhen>();
  for (const id of CASE_ACTION_IDS) {
    if (EXCEPTION_ACTIONS.includes(id)) continue;
    const action = CASE_ACTIONS[id];
    const from = action.from.filter((state) => CASE_STATE_INFO[state].progress !== 'closed');
    for (const agencyKind of AGENCY_KINDS) {
      for (const ppkConflicted of [false, true]) {
        if (!rolesFor(action.actor, { agencyKind, ppkConflicted }).includes(role)) continue;
        if (ppkConflicted && action.guards.includes('ppk_not_conflicted')) continue;
        const when: Omit<ActionableWhen, 'states'> = { agencyKind, ppkConflicted };
        if (action.guards.includes('overdue')) when.overdue = true;
        if (action.guards.includes('handling_not_extended')) when.deadlineStage = 'bawaslu_handling';
        const key = JSON.stringify(when);
        const states = new Set([...(merged.get(key)?.states ?? []), ...from]);
        merged.set(key, { ...when, states: [...states].sort() });
      }
    }
  }
  return collapse(collapse([...merged.values()], 'agencyKind', AGENCY_KINDS), 'ppkConflicted', [false, true]);
}

/** Conditions that differ only in `field` and cover all its values become one without it. */
function collapse<K extends 'agencyKind' | 'ppkConflicted'>(
  list: ActionableWhen[],
  field: K,
  values: readonly ActionableWhen[K][],
): ActionableWhen[] {
  const groups = new Map<string, ActionableWhen[]>();
  for (const w of list) {
    const key = JSON.stringify({ ...w, [field]: undefined });
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  return [...groups.values()].flatMap((group) => {
    const first = group[0];
    const complete = values.every((v) => group.some((w) => w[field] === v));
    if (!first || !complete) return group;
    const rest = { ...first };
    delete rest[field];
    return [rest];
  });
}
