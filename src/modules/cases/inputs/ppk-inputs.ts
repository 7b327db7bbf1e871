// Inputs of the PPK follow-up and of the escalation when it is late (REF §1.5; Peraturan BKN 1/2023).
import { z } from 'zod';
import { ZSanctionLevel } from '../../reference/schema';
import {
  ZBodyName,
  ZDocumentIds,
  ZIsoDate,
  ZLetterNumber,
  ZNote,
  ZReason,
  ZSanctionTypeCodes,
} from './common-fields';

export const ZAcknowledgeRecommendationInput = z.strictObject({
  acknowledgedOn: ZIsoDate.describe('Date the PPK received the recommendation'),
  examiner: ZBodyName.optional().describe(
    'Who examines the ASN (tim pemeriksa or atasan langsung, PP 94/2021 Pasal 26)',
  ),
  documentIds: ZDocumentIds,
});

/** The PPK's sanction decree (keputusan hukuman disiplin or sanksi moral). */
export const ZSanctionDecreeInput = z.strictObject({
  decreeNumber: ZLetterNumber.describe('Number of the decree (nomor keputusan)'),
  decreeDate: ZIsoDate.describe('Date of the decree'),
  sanctionLevel: ZSanctionLevel,
  sanctionTypeCodes: ZSanctionTypeCodes.describe('Sanction(s) imposed by the decree'),
  note: ZNote,
  documentIds: ZDocumentIds,
});

export const ZIssueWarningInput = z.strictObject({
  letterNumber: ZLetterNumber.describe('Number of the warning letter (surat peringatan)'),
  issuedOn: ZIsoDate.describe('Date of the warning'),
  documentIds: ZDocumentIds,
});

export const ZProposeBlockingInput = z.strictObject({
  reason: ZReason.describe('Why blocking is proposed (the PPK did not follow up after the warning)'),
  documentIds: ZDocumentIds,
});

// Peraturan BKN 1/2023: blocking of personnel data and/or personnel services in SIASN.
export const ZBlockDataInput = z.strictObject({
  decisionNumber: ZLetterNumber.describe('Number of the blocking decision'),
  decidedOn: ZIsoDate.describe('Date of the blocking decision'),
  extent: z
    .enum(['data', 'services', 'data_and_services'])
    .describe('What is blocked: data kepegawaian, layanan kepegawaian, or both'),
  documentIds: ZDocumentIds,
});

export const ZUnblockDataInput = z.strictObject({
  unblockedOn: ZIsoDate.describe('Date the blocking was lifted'),
  reference: ZLetterNumber.describe('Reference of the unblocking in SIASN'),
  documentIds: ZDocumentIds,
});

export const ZRefuseDecreeInput = z.strictObject({
  reason: ZReason.describe('Why the submitted decree does not lift the blocking'),
  documentIds: ZDocumentIds,
});

export const ZReprimandPpkInput = z.strictObject({
  letterNumber: ZLetterNumber.describe('Number of the reprimand letter (surat teguran)'),
  issuedOn: ZIsoDate.describe('Date of the reprimand'),
  summary: ZReason.describe('What the PPK is reprimanded for and asked to do'),
  documentIds: ZDocumentIds,
});

export const ZMarkPpkConflictedInput = z.strictObject({
  ground: z
    .enum(['incumbent_candidate', 'candidate_relative', 'subject_is_ppk', 'other'])
    .describe('Why the PPK is conflicted: a candidate, kin of a candidate, the subject themself, or other'),
  explanation: ZReason.describe('Facts behind the conflict of interest'),
  documentIds: ZDocumentIds,
});
