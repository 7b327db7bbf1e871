// Inputs of the steps that close or reopen a case from several states (ARCHITECTURE.md §4).
import { z } from 'zod';
import { ZDocumentIds, ZIsoDate, ZReason, ZReopenGround } from './common-fields';

export const ZMarkSubjectInactiveInput = z.strictObject({
  ground: z
    .enum(['retired', 'dismissed', 'deceased', 'resigned', 'contract_ended'])
    .describe('pensiun, diberhentikan, meninggal dunia, mengundurkan diri, or kontrak berakhir'),
  effectiveOn: ZIsoDate.describe('Date the ASN stopped being active'),
  documentIds: ZDocumentIds,
});

export const ZInvalidateCaseInput = z
  .strictObject({
    ground: z
      .enum(['duplicate', 'abusive'])
      .describe('duplicate (ganda) or abusive (laporan tidak beritikad baik)'),
    duplicateOfCaseId: z.uuid().optional().describe('The case this one duplicates; required for duplicate'),
    reason: ZReason.describe('Explanation kept in the history'),
    documentIds: ZDocumentIds,
  })
  .refine((i) => i.ground !== 'duplicate' || i.duplicateOfCaseId !== undefined, {
    path: ['duplicateOfCaseId'],
    message: 'required when the ground is duplicate',
  });

export const ZReopenCaseInput = z.strictObject({
  ground: ZReopenGround,
  explanation: ZReason.describe('What is contested, or what the new evidence shows'),
  documentIds: ZDocumentIds,
});
