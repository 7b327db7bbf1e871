// One schema per input and output of the public statistics (issue 5), shared by the server and the web app.
import { z } from 'zod';
import { ZIsoDate } from '../reference/shared-schema';

/** What a breakdown groups the reported ASN by. */
export const STATS_DIMENSIONS = [
  'category',
  'jabatan',
  'asn_type',
  'phase',
  'province',
  'regency',
  'agency',
  'month',
  'sanction',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** Cells below this many persons are withheld in public figures (issue 5 §6: could identify a person). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

const ZElectionFilter = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, 'must be an election id such as pilkada-2024')
  .describe('Election id (see /api/reference/elections); all elections when absent');
const ZProvinceFilter = z
  .string()
  .regex(/^\d{2}$/, 'must be a two-digit province code (Kemendagri), e.g. 33')
  .describe('Province code: the act took place there');
const ZRegencyFilter = z
  .string()
  .regex(/^\d{2}\.\d{2}$/, 'must be a kab/kota code written NN.NN (Kemendagri), e.g. 33.03')
  .describe('Kab/kota code: the act took place there');

/** Election and area: the filters every public statistic takes. */
export const STATS_AREA_FILTERS = {
  election: ZElectionFilter.optional(),
  province: ZProvinceFilter.optional(),
  regency: ZRegencyFilter.optional(),
};

const STATS_QUERY = {
  ...STATS_AREA_FILTERS,
  from: ZIsoDate.optional().describe(
    'Reported on or after this day: the day the laporan or temuan reached Bawaslu (Asia/Jakarta)',
  ),
  to: ZIsoDate.optional().describe('Reported on or before this day (Asia/Jakarta)'),
  by: z.enum(STATS_DIMENSIONS).optional().describe('Break the figures down by this dimension'),
  asOf: ZIsoDate.optional().describe(
    'Count the cases as they stood at the end of this day (Asia/Jakarta), recounted from the event history',
  ),
};

type AreaQuery = { province?: string | undefined; regency?: string | undefined };
type DatedQuery = AreaQuery & {
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
};

/** A regency must lie in the province given with it (else the figures would silently be empty). */
export const regencyInProvince = (q: AreaQuery) =>
  !(q.province && q.regency && !q.regency.startsWith(`${q.province}.`));
const REGENCY_IN_PROVINCE = { message: 'must lie in the given province', path: ['regency'] };
const datesInOrder = (q: DatedQuery) => !(q.from && q.to && q.from > q.to);
const fromBeforeAsOf = (q: DatedQuery) => !(q.asOf && q.from && q.from > q.asOf);

export const ZPublicStatsQuery = z
  .object(STATS_QUERY)
  .strict()
  .refine(datesInOrder, { message: 'must not be after `to`', path: ['from'] })
  .refine(fromBeforeAsOf, { message: 'must not be after `asOf`', path: ['from'] })
  .refine(regencyInProvince, REGENCY_IN_PROVINCE);
export type PublicStatsQuery = z.infer<typeof ZPublicStatsQuery>;

/** A count, or null when withheld: below the threshold, or a cell a published sum would give away (ADR 0008). */
const ZCell = z.number().int().nonnegative().nullable();

export const ZFunnelFigures = z
  .object({
    reported: ZCell.describe('ASN reported (laporan and temuan), one per subject of a case'),
    inProcess: ZCell.describe('Still with Bawaslu'),
    notAViolation: ZCell.describe('Decided not a violation by Bawaslu'),
    notRegistered: ZCell.describe('Not registered (formal/material requirements) or invalidated'),
    forwardedOther: ZCell.describe('Forwarded to another body (Gakkumdu, …)'),
    forwarded: ZCell.describe('Forwarded to BKN (KASN until Aug 2024)'),
    awaitingBkn: ZCell.describe('Awaiting BKN verification and recommendation'),
    notProven: ZCell,
    rejectedOrCancelled: ZCell,
    proven: ZCell.describe('Recommended as proven, with a sanction, to the PPK'),
    awaitingPpk: ZCell.describe('Awaiting the PPK’s decree (incl. warned, blocking proposed)'),
    sanctioned: ZCell.describe('Sanctioned by the PPK'),
    blocked: ZCell.describe('Personnel data blocked by BKN for want of follow-up'),
    inactive: ZCell.describe('ASN no longer active (retired, dismissed)'),
    followUpRate: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('Sanctioned ÷ proven; null when nothing is proven or a term is withheld'),
  })
  .describe('The funnel; the identities reported = … hold on the unsuppressed figures');
export type FunnelFigures = z.infer<typeof ZFunnelFigures>;

/** The funnel's counts in the order the page's table and the CSV download show them. */
export const FUNNEL_COLUMNS = [
  'reported',
  'inProcess',
  'notAViolation',
  'notRegistered',
  'forwardedOther',
  'forwarded',
  'awaitingBkn',
  'notProven',
  'rejectedOrCancelled',
  'proven',
  'awaitingPpk',
  'sanctioned',
  'blocked',
  'inactive',
] as const satisfies readonly (keyof FunnelFigures)[];

/** A download link cannot set Accept-Language: the page passes the language it shows. */
export const ZCsvLanguage = z
  .enum(['id', 'en'])
  .optional()
  .describe('Language of the labels in the file (default: the Accept-Language header)');

/** The columns a CSV may be narrowed to: the funnel's counts and the follow-up rate. */
export const CSV_COLUMNS = [...FUNNEL_COLUMNS, 'followUpRate'] as const;

export const ZPublicStatsCsvQuery = z
  .object({
    ...STATS_QUERY,
    columns: z
      .string()
      .transform((v, ctx) => {
        const cols = v.split(',').map((c) => c.trim());
        const unknown = cols.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
        if (unknown.length > 0 || cols.length === 0)
          ctx.addIssue({
            code: 'custom',
            message: `unknown column(s): ${unknown.join(', ')}; known: ${CSV_COLUMNS.join(', ')}`,
          });
        return cols as (typeof CSV_COLUMNS)[number][];
      })
      .optional()
      .describe(
        'Comma-separated columns to include (default: all), so a download holds exactly what a table shows',
      ),
    lang: ZCsvLanguage,
  })
  .strict()
  .refine(datesInOrder, { message: 'must not be after `to`', path: ['from'] })
  .refine(fromBeforeAsOf, { message: 'must not be after `asOf`', path: ['from'] })
  .refine(regencyInProvince, REGENCY_IN_PROVINCE);
export type PublicStatsCsvQuery = z.infer<typeof ZPublicStatsCsvQuery>;

export const ZBreakdownRow = z.object({
  key: z.string().describe('Stable code of the group (category code, region code, agency code, YYYY-MM, …)'),
  label: z.string(),
  figures: ZFunnelFigures,
});
export type BreakdownRow = z.infer<typeof ZBreakdownRow>;

export const ZPublicStats = z.object({
  countingDate: ZIsoDate.describe('The figures count cases as they stand on this day (Asia/Jakarta)'),
  countedFrom: z
    .enum(['aggregates', 'event_history'])
    .describe('aggregates: as the cases stand now; event_history: recounted as of countingDate (asOf)'),
  countedBy: z
    .literal('date_of_report')
    .describe('from/to and the month breakdown select cases by the day they were reported'),
  unit: z
    .literal('asn_reported')
    .describe('One per ASN named in a case (a person in two cases counts twice)'),
  filters: z.object({
    election: z.string().nullable(),
    province: z.string().nullable(),
    regency: z.string().nullable(),
    from: ZIsoDate.nullable(),
    to: ZIsoDate.nullable(),
  }),
  suppressionThreshold: z.number().int().positive(),
  includesDemoData: z.boolean().describe('Some counted cases are synthetic demo data'),
  funnel: ZFunnelFigures,
  breakdown: z
    .object({ by: z.enum(STATS_DIMENSIONS), rows: z.array(ZBreakdownRow) })
    .nullable()
    .describe('Present when `by` was given: one row per group, largest first (months in order)'),
});
export type PublicStats = z.infer<typeof ZPublicStats>;
