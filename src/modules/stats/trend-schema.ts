// The funnel over time (issue 5 §3 "trends"): the cumulative figures as they stood at the end of each month,
// recounted from the event history, the way KASN and BKN publish their series. Shared with the web app.
import { z } from 'zod';
import { ZIsoDate } from '../reference/shared-schema';
import { regencyInProvince, STATS_AREA_FILTERS, ZCsvLanguage } from './schema';

export const ZStatsTrendQuery = z
  .object(STATS_AREA_FILTERS)
  .strict()
  .refine(regencyInProvince, { message: 'must lie in the given province', path: ['regency'] });
export type StatsTrendQuery = z.infer<typeof ZStatsTrendQuery>;

export const ZStatsTrendCsvQuery = z
  .object({ ...STATS_AREA_FILTERS, lang: ZCsvLanguage })
  .strict()
  .refine(regencyInProvince, { message: 'must lie in the given province', path: ['regency'] });

const ZCell = z.number().int().nonnegative().nullable();

export const ZStatsTrend = z.object({
  countingDate: ZIsoDate,
  unit: z.literal('asn_reported'),
  suppressionThreshold: z.number().int().positive(),
  includesDemoData: z.boolean(),
  points: z
    .array(
      z.object({
        asOf: ZIsoDate.describe('The last day of the month (or today for the current month)'),
        reported: ZCell,
        forwarded: ZCell,
        proven: ZCell,
        sanctioned: ZCell,
        followUpRate: z.number().min(0).max(1).nullable(),
      }),
    )
    .describe('One point per month from the first report to today, oldest first (at most 120)'),
});
export type StatsTrend = z.infer<typeof ZStatsTrend>;
