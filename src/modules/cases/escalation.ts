// What the deadline job raises once a case's escalation day arrives (issue 4 §4: "PPK overdue → BKN warning
// task → blocking proposal"). The job only notifies and creates tasks; people take the actions.
import type { AgencyRef, StaffRole } from '../identity';
import type { IsoDate } from '../../platform/calendar';
import { isEscalationDue, isOverdue } from './deadlines';
import { supervisorRoleFor } from './policy';
import type { CaseActionId, CaseDeadline } from './schema';
import type { CaseState } from './states';

interface EscalationStep {
  /** The action the escalation asks for; null = a reminder to decide. */
  task: CaseActionId | null;
  notify: readonly StaffRole[];
  /** The agency's supervisor is told too (a PPK that ignores a BKN warning; REF §1.5). */
  notifySupervisor: boolean;
}

const BAWASLU_LEAD: EscalationStep = { task: null, notify: ['bawaslu_pimpinan'], notifySupervisor: false };
const BKN_LEAD: EscalationStep = { task: null, notify: ['bkn_pejabat'], notifySupervisor: false };

export const ESCALATION_STEPS: Partial<Record<CaseState, EscalationStep>> = {
  registered: BAWASLU_LEAD,
  clarification: BAWASLU_LEAD,
  assessment: BAWASLU_LEAD,
  plenary: BAWASLU_LEAD,
  reopened: BAWASLU_LEAD,
  forwarded_to_bkn: BKN_LEAD,
  bkn_verification: BKN_LEAD,
  recommendation: BKN_LEAD,
  awaiting_ppk: { task: 'issue_warning', notify: ['bkn_analis', 'bkn_pejabat'], notifySupervisor: false },
  ppk_examination: { task: 'issue_warning', notify: ['bkn_analis', 'bkn_pejabat'], notifySupervisor: false },
  warned: { task: 'propose_blocking', notify: ['bkn_analis', 'bkn_pejabat'], notifySupervisor: true },
  blocking_proposed: { task: 'block_data', notify: ['bkn_pejabat'], notifySupervisor: true },
  decree_submitted: { task: 'unblock_data', notify: ['bkn_pejabat'], notifySupervisor: false },
};

export interface Escalation {
  overdue: boolean;
  /** The escalation day has come: raise `task` and notify `notify`. */
  escalate: boolean;
  task: CaseActionId | null;
  notify: StaffRole[];
}

/** The escalation state of a case today; null when its state has no deadline to escalate. */
export function escalationOf(
  c: { state: CaseState; deadline: CaseDeadline | null; agency: Pick<AgencyRef, 'kind'> | null },
  today: IsoDate,
): Escalation | null {
  const step = ESCALATION_STEPS[c.state];
  if (!step || c.deadline === null) return null;
  const supervisors = step.notifySupervisor ? supervisorRoleFor(c.agency?.kind ?? null) : [];
  return {
    overdue: isOverdue(c.deadline, today),
    escalate: isEscalationDue(c.deadline, today),
    task: step.task,
    notify: [...step.notify, ...supervisors],
  };
}
