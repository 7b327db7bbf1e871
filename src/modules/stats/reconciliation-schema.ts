// The same numbers as each agency counts them (issue 5 §8): Bawaslu counts reports, BKN (KASN) persons forwarded
// to it, Kemendagri persons of regional agencies; and the figures each published, beside Netra's count on the
// same day. Shared with the web app: no server imports.
import { z } from 'zod';
import { ZIsoDate } from '../reference/shared-schema';
import { ZAgencyFigure } from './agency-figures-schema';
import { FUNNEL_COLUMNS } from './schema';

export const ZReconciliationQuery = z
  .object({
    election: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, 'must be an election id such as pilkada-2024')
      .describe('Election id'),
    asOf: ZIsoDate.optional().describe('Count as of the end of this day (default: today)'),
  })
  .strict();
export type ReconciliationQuery = z.infer<typeof ZReconciliationQuery>;

const ZCell = z.number().int().nonnegative().nullable();

/** One line of a convention's count, in that agency's words. */
const ZConventionLine = z.object({
  code: z.string().describe('Stable code, e.g. menunggu_verifikasi_bkn'),
  labelId: z.string(),
  labelEn: z.string(),
  value: ZCell,
});

export const ZReconciliation = z.object({
  election: z.string(),
  countingDate: ZIsoDate,
  suppressionThreshold: z.number().int().positive(),
  includesDemoData: z.boolean(),
  conventions: z
    .array(
      z.object({
        agency: z.enum(['bawaslu', 'bkn', 'kemendagri']),
        unit: z.enum(['reports', 'cases', 'asn', 'asn_regional']),
        description: z.object({ id: z.string(), en: z.string() }),
        lines: z.array(ZConventionLine),
      }),
    )
    .describe('Netra’s own count, in each agency’s units and vocabulary'),
  differences: z
    .array(
      z.object({
        code: z.string(),
        labelId: z.string(),
        labelEn: z.string(),
        value: ZCell.describe('How many the two counts differ by for this reason'),
      }),
    )
    .describe('Why the conventions give different totals, each reason with its size'),
  published: z
    .array(
      z.object({
        figure: ZAgencyFigure,
        netra: z
          .array(z.object({ netra: z.enum(FUNNEL_COLUMNS), value: ZCell }))
          .describe('Netra’s count of the same figures as of the same day'),
      }),
    )
    .describe('What the agencies published for this election, beside Netra’s count on that day'),
});
export type Reconciliation = z.infer<typeof ZReconciliation>;
