// The shape of one row of the workflow table (CASE_ACTIONS in ../workflow.ts).
import type { StaffRole } from '../../identity/schema';
import type { CaseActionId, DeadlineStage } from '../schema';
import type { CaseState } from '../states';

/** Who may take an action, before the scope check (policy.ts coversCase). */
export type ActorRule =
  | { kind: 'roles'; roles: readonly StaffRole[] }
  /** ppk_staf of the subject's agency; when the PPK is conflicted, the agency's supervisor instead. */
  | { kind: 'ppk_follow_up' }
  /** supervisor_kemendagri for a regional agency, supervisor_kemenpanrb for a central one (REF §0). */
  | { kind: 'agency_supervisor' };

/** What an action does to the case's deadline (due_at / escalate_at). */
export type DeadlineEffect =
  /** A new period of this stage counted from the day of the transition. */
  | { kind: 'start'; stage: DeadlineStage }
  /** A longer period of this stage counted from the start of the current one (UU 7/2017 Pasal 454(8)). */
  | { kind: 'extend'; stage: DeadlineStage }
  | { kind: 'keep' }
  /** The running period again from its start, under the rules of the case's (corrected) election type. */
  | { kind: 'recompute' }
  | { kind: 'clear' };

/** Conditions on the case beyond its state; a failed guard refuses with INVALID_TRANSITION and its id. */
export type ActionGuard =
  /** The current deadline has passed (escalation steps only follow a missed deadline). */
  | 'overdue'
  /** The case is in its first Bawaslu handling period (it may be extended once). */
  | 'handling_not_extended'
  | 'ppk_not_conflicted'
  /** A laporan filed after the filing window is not registered (REF §1.5). */
  | 'filed_in_time'
  /** A laporan without the reporter's identity fails the syarat formil (Perbawaslu 7/2022 Pasal 15(3)). */
  | 'reporter_identified';

export interface TransitionRule {
  labelId: string;
  labelEn: string;
  from: readonly CaseState[];
  /** 'unchanged': the action is recorded as an event and the case stays where it is. */
  to: CaseState | 'unchanged';
  actor: ActorRule;
  deadline: DeadlineEffect;
  documentRequired: boolean;
  guards: readonly ActionGuard[];
}

export type TransitionTable = Partial<Record<CaseActionId, TransitionRule>>;

export const roles = (...list: StaffRole[]): ActorRule => ({ kind: 'roles', roles: list });
export const start = (stage: DeadlineStage): DeadlineEffect => ({ kind: 'start', stage });
export const KEEP: DeadlineEffect = { kind: 'keep' };
export const CLEAR: DeadlineEffect = { kind: 'clear' };
export const RECOMPUTE: DeadlineEffect = { kind: 'recompute' };

export const BAWASLU_OPEN = [
  'received',
  'registered',
  'clarification',
  'assessment',
  'plenary',
  'reopened',
] as const satisfies readonly CaseState[];
export const BKN_OPEN = [
  'forwarded_to_bkn',
  'bkn_verification',
  'recommendation',
] as const satisfies readonly CaseState[];
export const PPK_OPEN = [
  'awaiting_ppk',
  'ppk_examination',
  'warned',
  'blocking_proposed',
  'blocked',
  'decree_submitted',
] as const satisfies readonly CaseState[];
