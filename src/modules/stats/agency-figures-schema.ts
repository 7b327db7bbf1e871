// The figures the agencies published (KASN, BKN, Bawaslu, Kemendagri), as data with their date, unit and source:
// the demo history is calibrated on them and the reconciliation view sets them beside Netra's own count.
// Shared with the web app: no server imports.
import { z } from 'zod';
import { ZConfidence, ZIsoDate } from '../reference/shared-schema';
import { FUNNEL_COLUMNS } from './schema';

export const PUBLISHING_AGENCIES = ['kasn', 'bkn', 'bawaslu', 'kemendagri'] as const;

/** The recommended-sanction classes KASN publishes its "sanction mix" by (REF §2.2). */
export const SANCTION_CLASSES = [
  'moral-tertutup',
  'moral-terbuka',
  'light',
  'moderate',
  'severe',
  'dismissal',
] as const;
export type SanctionClass = (typeof SANCTION_CLASSES)[number];

export const ZAgencyFigure = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  electionId: z.string(),
  agency: z.enum(PUBLISHING_AGENCIES),
  asOf: ZIsoDate.describe('The day the figures count to (Netra counts "as of" the end of it, WIB)'),
  asOfConfidence: ZConfidence.describe('How sure the counting day is (some were published as a month)'),
  asOfNote: z.string().optional(),
  unit: z.enum(['asn', 'reports']).describe('Persons (ASN) or reports (temuan + laporan)'),
  values: z
    .array(
      z.strictObject({
        label: z.string().describe('The agency’s own wording'),
        netra: z.enum(FUNNEL_COLUMNS).describe('The Netra funnel figure it corresponds to'),
        value: z.number().int().nonnegative(),
      }),
    )
    .min(1),
  sanctionMix: z.partialRecord(z.enum(SANCTION_CLASSES), z.number().int().nonnegative()).optional(),
  calibrates: z.boolean().describe('The demo history reproduces it exactly'),
  confidence: ZConfidence,
  source: z.string(),
  note: z.string().nullable(),
});
export type AgencyFigure = z.infer<typeof ZAgencyFigure>;

export const ZAgencyFigureFile = z.strictObject({
  source: z.string(),
  figures: z.array(ZAgencyFigure).min(1),
});
