import { z } from 'zod';

/**
 * Calendar dates and the holiday data file. No server imports here: the web app imports these schemas too.
 * A date is an Asia/Jakarta calendar day written `YYYY-MM-DD` (legal deadlines count days, not instants).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2023-02-29, 2024-13-01, 2024-2-3). */
export function isIsoDateString(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const ZIsoDate = z
  .string()
  .refine(isIsoDateString, { message: 'must be a calendar date YYYY-MM-DD' })
  .brand<'IsoDate'>()
  .describe('Calendar date in Asia/Jakarta, YYYY-MM-DD');
export type IsoDate = z.infer<typeof ZIsoDate>;

export const ZHolidayKind = z
  .enum(['libur_nasional', 'cuti_bersama', 'pemungutan_suara'])
  .describe('national holiday (SKB), collective leave (SKB + ASN Keppres) or voting day (own Keppres)');
export type HolidayKind = z.infer<typeof ZHolidayKind>;

export const ZConfidence = z
  .enum(['high', 'medium', 'low'])
  .describe('how sure the compiled data is (domain/holidays-id.md; absent on an entry = high)');
export type Confidence = z.infer<typeof ZConfidence>;

export const ZHoliday = z.object({
  date: ZIsoDate,
  name_id: z.string().min(1).describe('name as the decree words it, in Bahasa Indonesia'),
  name_en: z.string().min(1).describe('English name'),
  kind: ZHolidayKind,
  source: z.string().min(1).describe('decree that sets the date'),
  confidence: ZConfidence.optional(),
  note: z.string().optional().describe('remark, e.g. two holidays on one day'),
});
export type Holiday = z.infer<typeof ZHoliday>;

export const ZYearDecrees = z.object({
  removed_dates: z
    .array(ZIsoDate)
    .describe(
      'dates an earlier version of a decree made holidays and an amendment took back: normal working days',
    ),
  confidence: ZConfidence,
});

export const ZHolidayFile = z.object({
  country: z.literal('ID').describe('Indonesia'),
  generated: ZIsoDate.describe('date the file was compiled'),
  years: z
    .record(z.string().regex(/^\d{4}$/), z.array(ZHoliday))
    .describe('final holiday list per year, after all amendments'),
  decrees: z
    .record(z.string().regex(/^\d{4}$/), ZYearDecrees)
    .describe('decrees, amendments and removed dates per year'),
});
export type HolidayFile = z.infer<typeof ZHolidayFile>;
