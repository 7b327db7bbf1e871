// Test support for the workflow tests: a valid input for every action, a case in any state, an actor per role.
import type { AgencyRef, RoleScope, StaffRole } from '../identity';
import type { IsoDate } from '../../platform/calendar';
import type { CaseActor, CaseSnapshot } from './case-snapshot';
import type { CaseActionId } from './schema';
import type { CaseState } from './states';

/** Stands for "a document of this case": DB and API test helpers swap in a real upload (test/support). */
export const PLACEHOLDER_DOCUMENT_ID = '7b0e4f5c-2d7a-4c8e-9a51-0c6f3f1d2e11';
const DOC = [PLACEHOLDER_DOCUMENT_ID];
const reason = 'Alasan yang cukup jelas untuk dicatat';
const decree = {
  decreeNumber: '800/123/2024',
  decreeDate: '2024-07-05',
  sanctionLevel: 'moderate',
  sanctionTypeCodes: ['pp94-s1'],
  documentIds: DOC,
};

/** One valid input per action (documents attached, so documentRequired is met). */
export const VALID_INPUTS: Record<CaseActionId, Record<string, unknown>> = {
  register_case: {
    registrationNumber: '001/REG/LP/PL/Kab/14.03/VII/2024',
    formalRequirementsMet: true,
    materialRequirementsMet: true,
  },
  correct_case_details: { violationFormCodes: ['skb2022-b6'], reason },
  reject_formal: { unmetRequirements: ['filing_window'], reason },
  start_clarification: { invitees: [{ name: 'Budi', role: 'subject' }], scheduledOn: '2024-07-10' },
  record_statement: {
    party: 'subject',
    name: 'Budi',
    statedOn: '2024-07-08',
    summary: reason,
    documentIds: DOC,
  },
  complete_clarification: { summary: reason },
  start_assessment: {},
  extend_handling: { reason },
  submit_to_plenary: { assessmentSummary: reason, proposedConclusion: 'forward_to_bkn', documentIds: DOC },
  return_to_assessment: { reason },
  decide_not_a_violation: { plenaryOn: '2024-07-08', reason, documentIds: DOC },
  forward_to_bkn: {
    plenaryOn: '2024-07-08',
    letterNumber: '123/PP.01/K.JT-03/07/2024',
    violationFormCodes: ['pp94-5n-1'],
    reason,
    documentIds: DOC,
  },
  forward_other: {
    plenaryOn: '2024-07-08',
    destination: 'gakkumdu',
    letterNumber: '9/GKD',
    reason,
    documentIds: DOC,
  },
  start_verification: {},
  request_agency_clarification: {
    addressee: 'superior',
    addresseeName: 'Kepala Dinas Pendidikan',
    letterNumber: 'B-1/BKN',
    requestedOn: '2024-07-08',
  },
  record_agency_clarification: { receivedOn: '2024-07-08', summary: reason, documentIds: DOC },
  submit_recommendation_draft: { proposedResult: 'proven', summary: reason },
  return_to_verification: { reason },
  recommend_proven: {
    recommendationNumber: 'R-12/BKN/2024',
    issuedOn: '2024-07-08',
    violationFormCodes: ['pp94-5n-1'],
    track: 'discipline',
    sanctionLevel: 'moderate',
    sanctionTypeCodes: ['pp94-s1', 'pp94-s2', 'pp94-s3'],
    documentIds: DOC,
  },
  recommend_not_proven: {
    recommendationNumber: 'R-13/BKN/2024',
    issuedOn: '2024-07-08',
    reason,
    documentIds: DOC,
  },
  reject_case: { ground: 'duplicate', reason, documentIds: DOC },
  cancel_case: { reason },
  mark_ppk_conflicted: { ground: 'incumbent_candidate', explanation: reason },
  acknowledge_recommendation: { acknowledgedOn: '2024-07-08' },
  record_sanction_decree: decree,
  issue_warning: { letterNumber: 'P-1/BKN', issuedOn: '2024-07-08', documentIds: DOC },
  propose_blocking: { reason },
  block_data: {
    decisionNumber: 'BLK-1/2024',
    decidedOn: '2024-07-08',
    extent: 'data_and_services',
    documentIds: DOC,
  },
  submit_decree_for_unblocking: decree,
  refuse_decree: { reason },
  unblock_data: { unblockedOn: '2024-07-08', reference: 'UNBLK-1' },
  reprimand_ppk: {
    letterNumber: 'T-1/KEMENDAGRI',
    issuedOn: '2024-07-08',
    summary: reason,
    documentIds: DOC,
  },
  mark_subject_inactive: { ground: 'retired', effectiveOn: '2024-07-01', documentIds: DOC },
  invalidate_case: { ground: 'abusive', reason },
  reopen_at_bawaslu: { ground: 'new_evidence', explanation: reason },
  reopen_at_bkn: { ground: 'contest', explanation: reason },
};

export const PURBALINGGA: AgencyRef = { code: 'pemda-33.03', kind: 'regional', regionCode: '33.03' };
export const KEMENAG: AgencyRef = { code: 'kl-kemenag', kind: 'central', regionCode: null };

/** Mon 8 Jul 2024, 10:00 WIB. */
export const NOW = new Date('2024-07-08T03:00:00Z');

/** A pemilu case in Purbalingga whose first Bawaslu handling period ended on Fri 5 Jul 2024 (overdue now). */
export function aCase(state: CaseState, over: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    state,
    electionType: 'pemilu',
    regionCode: '33.03',
    agency: PURBALINGGA,
    ppkConflicted: false,
    deadline: {
      ruleId: 'pemilu.bawaslu_handling',
      stage: 'bawaslu_handling',
      startedOn: '2024-06-28' as IsoDate,
      dueOn: '2024-07-05' as IsoDate,
      escalateOn: '2024-07-06' as IsoDate,
    },
    filing: { intakeKind: 'report', knownOn: '2024-07-01' as IsoDate, filedOn: '2024-07-03' as IsoDate },
    recommendation: { level: 'moderate', sanctionTypeCodes: ['pp94-s1', 'pp94-s2', 'pp94-s3'] },
    sanctionProposal: { level: 'moderate', sanctionTypeCodes: ['pp94-s1', 'pp94-s2', 'pp94-s3'] },
    ...over,
  };
}

const SCOPES: Record<StaffRole, RoleScope> = {
  admin: { role: 'admin', scope: {} },
  custodian: { role: 'custodian', scope: {} },
  bawaslu_staf: { role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33.03' } },
  bawaslu_pimpinan: { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'provinsi', regionCode: '33' } },
  bkn_analis: { role: 'bkn_analis', scope: { bknOffice: 'pusat' } },
  bkn_pejabat: { role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } },
  ppk_staf: { role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } },
  supervisor_kemendagri: { role: 'supervisor_kemendagri', scope: { regionCode: null } },
  supervisor_kemenpanrb: { role: 'supervisor_kemenpanrb', scope: {} },
  ombudsman_pengawas: { role: 'ombudsman_pengawas', scope: { regionCode: null } },
};

/** An actor of `role` whose scope covers the Purbalingga case (and Kemenag, for the central roles). */
export function anActor(role: StaffRole): CaseActor {
  return SCOPES[role];
}
