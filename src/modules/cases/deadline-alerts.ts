// What the deadline job records for one case today (issue 4 §4): "overdue" to the desk that owes the step,
// "escalation" to whoever the escalation table names (escalation.ts). Pure; the job stores the result.
import type { IsoDate } from '../../platform/calendar';
import { STAFF_ROLES, type AgencyRef, type StaffRole } from '../identity';
import { EXCEPTION_ACTIONS } from './actionable-cases';
import { isOverdue } from './deadlines';
import { escalationOf } from './escalation';
import type { CaseActionId, CaseDeadline } from './schema';
import type { CaseState } from './states';
import { allowedActions, CASE_ACTIONS } from './workflow';

export interface DeadlineAlert {
  kind: 'overdue' | 'escalation';
  dueOn: IsoDate;
  stage: CaseDeadline['stage'];
  roles: StaffRole[];
  task: CaseActionId | null;
}

export interface AlertableCase {
  state: CaseState;
  deadline: CaseDeadline | null;
  agencyKind: AgencyRef['kind'] | null;
  ppkConflicted: boolean;
}

/**
 * The roles that owe the case's next step: those with an ordinary action in its state (not an exception
 * action, not an escalation that itself waits for the deadline to pass).
 */
export function rolesOwingStep(c: AlertableCase, today: IsoDate): StaffRole[] {
  const ctx = {
    today,
    agencyKind: c.agencyKind,
    ppkConflicted: c.ppkConflicted,
    deadline: c.deadline,
    filedInTime: null,
  };
  return STAFF_ROLES.filter((role) =>
    allowedActions(c.state, role, ctx).some(
      (a) => !EXCEPTION_ACTIONS.includes(a) && !CASE_ACTIONS[a].guards.includes('overdue'),
    ),
  );
}

export function deadlineAlertsFor(c: AlertableCase, today: IsoDate): DeadlineAlert[] {
  const d = c.deadline;
  if (d === null) return [];
  const alerts: DeadlineAlert[] = [];
  const owing = rolesOwingStep(c, today);
  if (isOverdue(d, today) && owing.length > 0)
    alerts.push({ kind: 'overdue', dueOn: d.dueOn, stage: d.stage, roles: owing, task: null });
  const esc = escalationOf(
    { state: c.state, deadline: d, agency: c.agencyKind ? { kind: c.agencyKind } : null },
    today,
  );
  if (esc?.escalate && esc.notify.length > 0)
    alerts.push({ kind: 'escalation', dueOn: d.dueOn, stage: d.stage, roles: esc.notify, task: esc.task });
  return alerts;
}
