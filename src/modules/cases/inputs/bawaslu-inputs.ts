// Inputs of Bawaslu's steps: registration, clarification, kajian and the pleno (REF §1.5).
import { z } from 'zod';
import {
  ZBodyName,
  ZDocumentIds,
  ZElectionId,
  ZIsoDate,
  ZLetterNumber,
  ZNote,
  ZPersonName,
  ZReason,
  ZViolationFormCodes,
} from './common-fields';

// Perbawaslu 7/2022 Pasal 15(3)-(4): syarat formil and materiil.
export const UNMET_REQUIREMENTS = [
  'reporter_identity',
  'subject_identity',
  'filing_window',
  'time_and_place',
  'description',
  'evidence',
] as const;

export const ZRegisterCaseInput = z.strictObject({
  registrationNumber: ZLetterNumber.describe('Nomor registrasi given by Bawaslu'),
  formalRequirementsMet: z
    .literal(true)
    .describe(
      'Syarat formil checked and met: reporter, subject, filed in time (Perbawaslu 7/2022 Pasal 15(3))',
    ),
  materialRequirementsMet: z
    .literal(true)
    .describe('Syarat materiil checked and met: time, place, description, evidence (Pasal 15(4))'),
  note: ZNote,
  documentIds: ZDocumentIds,
});

export const ZRejectFormalInput = z.strictObject({
  unmetRequirements: z
    .array(z.enum(UNMET_REQUIREMENTS).describe('A syarat formil or materiil that is not met'))
    .min(1)
    .describe('Which requirements are not met (Perbawaslu 7/2022 Pasal 15(3)-(4))'),
  reason: ZReason.describe('Explanation given to the reporter'),
  documentIds: ZDocumentIds,
});

export const ZStartClarificationInput = z.strictObject({
  invitees: z
    .array(
      z.strictObject({
        name: ZPersonName.describe('Name of the person invited'),
        role: z
          .enum(['subject', 'reporter', 'witness', 'superior', 'expert'])
          .describe('terlapor, pelapor, saksi, atasan or ahli'),
      }),
    )
    .min(1)
    .describe('People invited to clarification (undangan klarifikasi)'),
  scheduledOn: ZIsoDate.describe('Date of the clarification hearing'),
  documentIds: ZDocumentIds,
});

export const ZRecordStatementInput = z.strictObject({
  party: z
    .enum(['subject', 'reporter', 'witness', 'superior', 'expert'])
    .describe('Who gave the statement: terlapor, pelapor, saksi, atasan or ahli'),
  name: ZPersonName.describe('Name of the person heard'),
  statedOn: ZIsoDate.describe('Date of the statement'),
  summary: ZReason.describe('Summary of the statement (keterangan)'),
  documentIds: ZDocumentIds,
});

export const ZCompleteClarificationInput = z.strictObject({
  summary: ZReason.describe('What the clarification established'),
  documentIds: ZDocumentIds,
});

export const ZExtendHandlingInput = z.strictObject({
  reason: ZReason.describe('The additional information needed (UU 7/2017 Pasal 454(8))'),
  documentIds: ZDocumentIds,
});

export const ZSubmitToPlenaryInput = z.strictObject({
  assessmentSummary: ZReason.describe('Summary of the kajian'),
  proposedConclusion: z
    .enum(['not_a_violation', 'forward_to_bkn', 'forward_other'])
    .describe('What the kajian proposes to the pleno'),
  violationFormCodes: ZViolationFormCodes.optional(),
  documentIds: ZDocumentIds,
});

const plenary = {
  plenaryOn: ZIsoDate.describe('Date of the pleno'),
  documentIds: ZDocumentIds,
};

export const ZDecideNotAViolationInput = z.strictObject({
  ...plenary,
  reason: ZReason.describe('Why the act is not a violation'),
});

export const ZForwardToBknInput = z.strictObject({
  ...plenary,
  letterNumber: ZLetterNumber.describe('Number of the forwarding letter (surat penerusan)'),
  violationFormCodes: ZViolationFormCodes,
  reason: ZReason.describe('Grounds for forwarding (UU 7/2017 Pasal 455(1); Perbawaslu 7/2022 Pasal 22)'),
});

export const ZForwardOtherInput = z
  .strictObject({
    ...plenary,
    destination: z
      .enum(['gakkumdu', 'dkpp', 'other'])
      .describe('gakkumdu (criminal track), dkpp (election-official ethics) or other body'),
    destinationName: ZBodyName.optional().describe('Name of the body; required when destination is other'),
    letterNumber: ZLetterNumber.describe('Number of the forwarding letter'),
    reason: ZReason.describe('Grounds for forwarding there'),
  })
  .refine((i) => i.destination !== 'other' || i.destinationName !== undefined, {
    path: ['destinationName'],
    message: 'required when destination is other',
  });

export const ZStartAssessmentInput = z.strictObject({
  note: ZNote.describe('Why the kajian starts without a clarification hearing'),
  documentIds: ZDocumentIds,
});

export const ZReturnToAssessmentInput = z.strictObject({
  reason: ZReason.describe('What the pleno asks the kajian to look at again'),
  documentIds: ZDocumentIds,
});

/**
 * A correction of the case record while Bawaslu holds it: the case was entered under the wrong election (so the
 * wrong deadline rules: Pemilu counts working days, Pilkada calendar days) or with the wrong violation forms.
 * Issue 4 §4: the running deadline is recomputed from its start under the corrected election's rules.
 */
export const ZCorrectCaseDetailsInput = z
  .strictObject({
    electionId: ZElectionId.optional().describe('The correct election, when it was recorded wrongly'),
    violationFormCodes: ZViolationFormCodes.optional().describe(
      'The correct violation forms, when they were recorded wrongly',
    ),
    reason: ZReason.describe('What was wrong and how it came to light'),
    documentIds: ZDocumentIds,
  })
  .refine((i) => i.electionId !== undefined || i.violationFormCodes !== undefined, {
    path: ['electionId'],
    message: 'name the election or the violation forms to correct',
  });
