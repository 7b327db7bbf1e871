// Zod schemas of the case workflow: states, deadlines and one input per action. Imported by the web app too
// (forms are generated from these): no server imports here.
import { z } from 'zod';
import { ZIsoDate } from '../../platform/calendar/schema';
import { ZConfidence, ZElectionType, ZSanctionLevel, ZViolationTrack } from '../reference/schema';
import * as bawaslu from './inputs/bawaslu-inputs';
import * as bkn from './inputs/bkn-inputs';
import * as closing from './inputs/closing-inputs';
import * as ppk from './inputs/ppk-inputs';
import { CASE_OUTCOMES, CASE_PROGRESS, CASE_STATES } from './states';

export * from './inputs/bawaslu-inputs';
export * from './inputs/bkn-inputs';
export * from './inputs/closing-inputs';
export * from './inputs/ppk-inputs';
export * from './states';

export const ZCaseState = z
  .enum(CASE_STATES)
  .describe('Workflow state (docs/glossary.md gives the Indonesian)');
export const ZCaseProgress = z
  .enum(CASE_PROGRESS)
  .describe('Who holds the case: intake, bawaslu, bkn, ppk, or closed');
export const ZCaseOutcome = z.enum(CASE_OUTCOMES).nullable().describe('How the case ended; null while open');

/** Input schema of each action: the keys are the action ids (CASE_ACTIONS in workflow.ts has the rest). */
export const CASE_ACTION_INPUTS = {
  register_case: bawaslu.ZRegisterCaseInput,
  reject_formal: bawaslu.ZRejectFormalInput,
  start_clarification: bawaslu.ZStartClarificationInput,
  record_statement: bawaslu.ZRecordStatementInput,
  complete_clarification: bawaslu.ZCompleteClarificationInput,
  extend_handling: bawaslu.ZExtendHandlingInput,
  start_assessment: bawaslu.ZStartAssessmentInput,
  submit_to_plenary: bawaslu.ZSubmitToPlenaryInput,
  decide_not_a_violation: bawaslu.ZDecideNotAViolationInput,
  forward_to_bkn: bawaslu.ZForwardToBknInput,
  forward_other: bawaslu.ZForwardOtherInput,
  return_to_assessment: bawaslu.ZReturnToAssessmentInput,
  correct_case_details: bawaslu.ZCorrectCaseDetailsInput,
  start_verification: bkn.ZStartVerificationInput,
  request_agency_clarification: bkn.ZRequestAgencyClarificationInput,
  record_agency_clarification: bkn.ZRecordAgencyClarificationInput,
  submit_recommendation_draft: bkn.ZSubmitRecommendationDraftInput,
  return_to_verification: bkn.ZReturnToVerificationInput,
  recommend_proven: bkn.ZRecommendProvenInput,
  recommend_not_proven: bkn.ZRecommendNotProvenInput,
  reject_case: bkn.ZRejectCaseInput,
  cancel_case: bkn.ZCancelCaseInput,
  mark_ppk_conflicted: ppk.ZMarkPpkConflictedInput,
  acknowledge_recommendation: ppk.ZAcknowledgeRecommendationInput,
  record_sanction_decree: ppk.ZSanctionDecreeInput,
  issue_warning: ppk.ZIssueWarningInput,
  propose_blocking: ppk.ZProposeBlockingInput,
  block_data: ppk.ZBlockDataInput,
  submit_decree_for_unblocking: ppk.ZSanctionDecreeInput,
  refuse_decree: ppk.ZRefuseDecreeInput,
  unblock_data: ppk.ZUnblockDataInput,
  reprimand_ppk: ppk.ZReprimandPpkInput,
  mark_subject_inactive: closing.ZMarkSubjectInactiveInput,
  invalidate_case: closing.ZInvalidateCaseInput,
  reopen_at_bawaslu: closing.ZReopenCaseInput,
  reopen_at_bkn: closing.ZReopenCaseInput,
} as const;

export type CaseActionId = keyof typeof CASE_ACTION_INPUTS;
export const CASE_ACTION_IDS = Object.keys(CASE_ACTION_INPUTS) as [CaseActionId, ...CaseActionId[]];
export const ZCaseActionId = z.enum(CASE_ACTION_IDS).describe('A workflow action (CASE_ACTIONS)');
/** The parsed input of an action. */
export type CaseActionInput<A extends CaseActionId> = z.output<(typeof CASE_ACTION_INPUTS)[A]>;

// ---- Sanctions -------------------------------------------------------------------------------------------------

export const ZAsnType = z
  .enum(['pns', 'pppk', 'ppnpn'])
  .describe('PNS (civil servant), PPPK (contract ASN) or PPNPN (non-ASN government staff)');
export type AsnType = z.infer<typeof ZAsnType>;
export type SanctionLevel = z.infer<typeof ZSanctionLevel>;
export const ZSanctionTrack = ZViolationTrack.exclude(['report_category']).describe(
  'ethics (kode etik: sanksi moral, PP 42/2004) or discipline (hukuman disiplin, PP 53/2010 or PP 94/2021)',
);
export type SanctionTrack = z.infer<typeof ZSanctionTrack>;

/** A sanction as recommended or decreed: its level and the sanction type code(s) from the catalogue. */
export const ZSanctionChoice = z.object({
  level: ZSanctionLevel,
  sanctionTypeCodes: z.array(z.string()).describe('Sanction type codes from the legal catalogue'),
});
export type SanctionChoice = z.infer<typeof ZSanctionChoice>;

// ---- Deadlines -------------------------------------------------------------------------------------------------

export const DEADLINE_STAGES = [
  'filing_window',
  'bawaslu_handling',
  'bawaslu_handling_extended',
  'bkn_follow_up',
  'satgas_verification',
  'ppk_follow_up',
  'ppk_warning',
  'blocking_decision',
  'unblock_review',
] as const;
export const ZDeadlineStage = z
  .enum(DEADLINE_STAGES)
  .describe('The step a deadline applies to (data/reference/deadlines/PROVENANCE.md)');
export type DeadlineStage = z.infer<typeof ZDeadlineStage>;

export const ZDayCount = z
  .enum(['calendar', 'working'])
  .describe('calendar (hari kalender) or working days (hari kerja: no weekends, holidays, cuti bersama)');

export const ZDeadlineRule = z.strictObject({
  id: z
    .string()
    .regex(/^(pemilu|pilkada)\.[a-z_]+$/)
    .describe('<electionType>.<stage>, e.g. pemilu.filing_window'),
  electionType: ZElectionType,
  stage: ZDeadlineStage,
  count: ZDayCount,
  days: z.number().int().min(1).max(365).describe('Length of the period; the start day does not count'),
  escalateAfterDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .nullable()
    .describe('Escalation is raised this many days (same count) after the due date; null = none'),
  legalSource: z.string().min(3).describe('Article or source of the period (REF section and citations)'),
  confidence: ZConfidence,
  editable: z
    .boolean()
    .describe('An admin may change days, count and escalateAfterDays (with audit); true for unsure periods'),
  note: z.string().nullable().describe('Caveat, e.g. how an unstated unit was read'),
});
export type DeadlineRule = z.infer<typeof ZDeadlineRule>;

/** The deadline a case carries after a transition (stored as due_at / escalate_at on the case row). */
export const ZCaseDeadline = z.object({
  ruleId: z.string().describe('The rule that set it'),
  stage: ZDeadlineStage,
  startedOn: ZIsoDate.describe('Day the period counts from (not itself counted)'),
  dueOn: ZIsoDate.describe('Last day to act (inclusive), Asia/Jakarta'),
  escalateOn: ZIsoDate.nullable().describe('Day the escalation is raised; null = no escalation'),
});
export type CaseDeadline = z.infer<typeof ZCaseDeadline>;
