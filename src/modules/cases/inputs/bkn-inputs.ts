// Inputs of BKN's steps (KASN's until 24 Aug 2024): verification, clarification via the agency, recommendation.
import { z } from 'zod';
import { ZSanctionLevel, ZViolationTrack } from '../../reference/schema';
import {
  ZBodyName,
  ZDocumentIds,
  ZIsoDate,
  ZLetterNumber,
  ZNote,
  ZReason,
  ZSanctionTypeCodes,
  ZViolationFormCodes,
} from './common-fields';

export const ZStartVerificationInput = z.strictObject({
  note: ZNote,
  documentIds: ZDocumentIds,
});

// REF §0: KASN (now BKN) asks the ASN's superior or agency to clarify and report back (okezone 2019/05/07).
export const ZRequestAgencyClarificationInput = z.strictObject({
  addressee: z
    .enum(['superior', 'agency'])
    .describe("The ASN's direct superior (atasan langsung) or the agency (instansi)"),
  addresseeName: ZBodyName.describe('Name or title of the addressee'),
  letterNumber: ZLetterNumber.describe('Number of the request letter'),
  requestedOn: ZIsoDate.describe('Date of the request'),
  documentIds: ZDocumentIds,
});

export const ZRecordAgencyClarificationInput = z.strictObject({
  receivedOn: ZIsoDate.describe('Date the answer arrived'),
  summary: ZReason.describe('What the superior or agency reported'),
  documentIds: ZDocumentIds,
});

export const ZSubmitRecommendationDraftInput = z.strictObject({
  proposedResult: z
    .enum(['proven', 'not_proven', 'rejected', 'cancelled'])
    .describe('The result the analyst proposes to the deciding official'),
  summary: ZReason.describe('Findings of the verification'),
  documentIds: ZDocumentIds,
});

const recommendationLetter = {
  recommendationNumber: ZLetterNumber.describe('Number of the recommendation letter (nomor rekomendasi)'),
  issuedOn: ZIsoDate.describe('Date of the recommendation'),
  documentIds: ZDocumentIds,
};

export const ZRecommendProvenInput = z.strictObject({
  ...recommendationLetter,
  violationFormCodes: ZViolationFormCodes,
  track: ZViolationTrack.exclude(['report_category']).describe(
    'ethics (kode etik: sanksi moral, PP 42/2004) or discipline (hukuman disiplin)',
  ),
  sanctionLevel: ZSanctionLevel,
  sanctionTypeCodes: ZSanctionTypeCodes.describe('Recommended sanction type(s); the PPK imposes one of them'),
  deviationReason: ZReason.optional().describe(
    "Why the recommendation differs from Netra's proposal (recommendSanction); required when it does",
  ),
});

export const ZRecommendNotProvenInput = z.strictObject({
  ...recommendationLetter,
  reason: ZReason.describe('Why the violation is not proven'),
});

export const ZRejectCaseInput = z.strictObject({
  ground: z
    .enum(['duplicate', 'outside_jurisdiction', 'not_asn', 'insufficient_forwarding', 'other'])
    .describe('Why BKN does not take the case up'),
  reason: ZReason.describe('Explanation'),
  documentIds: ZDocumentIds,
});

export const ZCancelCaseInput = z.strictObject({
  reason: ZReason.describe('Why the case is cancelled'),
  documentIds: ZDocumentIds,
});

export const ZReturnToVerificationInput = z.strictObject({
  reason: ZReason.describe('What the deciding official asks the analyst to verify again'),
  documentIds: ZDocumentIds,
});
