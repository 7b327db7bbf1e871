// The PPK follow-up league table (issue 5 §5): per agency, what BKN recommended and what the PPK did with it.
// Shared with the web app: no server imports.
import { z } from 'zod';
import { ZIsoDate } from '../reference/shared-schema';
import { regencyInProvince, STATS_AREA_FILTERS, ZCsvLanguage } from './schema';

export const ZPpkLeagueQuery = z
  .object(STATS_AREA_FILTERS)
  .strict()
  .refine(regencyInProvince, { message: 'must lie in the given province', path: ['regency'] });
export type PpkLeagueQuery = z.infer<typeof ZPpkLeagueQuery>;

export const ZPpkLeagueCsvQuery = z
  .object({ ...STATS_AREA_FILTERS, lang: ZCsvLanguage })
  .strict()
  .refine(regencyInProvince, { message: 'must lie in the given province', path: ['regency'] });

const ZCell = z.number().int().nonnegative().nullable();

export const ZLeagueFigures = z.object({
  received: ZCell.describe('ASN recommended as proven to this PPK'),
  inTime: ZCell.describe('Decree recorded on or before the PPK’s due day'),
  late: ZCell.describe('Decree recorded after the due day (or the due day is not known)'),
  outstanding: ZCell.describe('No decree yet, still owed (incl. warned and blocked)'),
  overdue: ZCell.describe('Of the outstanding: past the due day'),
  blocked: ZCell.describe('Of the outstanding: personnel data blocked by BKN now'),
  other: ZCell.describe('No decree needed any more (ASN no longer active, recommendation reopened)'),
  followUpRate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('(in time + late) ÷ received; null when a term is withheld'),
  medianDaysToDecree: z
    .number()
    .nonnegative()
    .nullable()
    .describe('Median days from recommendation to decree, over this PPK’s decrees (null with fewer than 3)'),
});
export type LeagueFigures = z.infer<typeof ZLeagueFigures>;

/** The additive columns: received = inTime + late + outstanding + other. */
export const LEAGUE_COLUMNS = [
  'received',
  'inTime',
  'late',
  'outstanding',
  'overdue',
  'blocked',
  'other',
] as const satisfies readonly (keyof LeagueFigures)[];

export const ZPpkLeague = z.object({
  countingDate: ZIsoDate,
  unit: z
    .literal('asn_recommended')
    .describe('Persons BKN recommended as proven (one per subject of a case)'),
  suppressionThreshold: z.number().int().positive(),
  includesDemoData: z.boolean(),
  totals: ZLeagueFigures,
  rows: z
    .array(z.object({ agencyCode: z.string(), agencyName: z.string(), figures: ZLeagueFigures }))
    .describe('One row per agency, the most outstanding first'),
});
export type PpkLeague = z.infer<typeof ZPpkLeague>;
