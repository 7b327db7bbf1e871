// The daily open-data dump's manifest (issue 5 §6). Shared with the web app: no server imports.
import { z } from 'zod';
import { ZIsoDate } from '../../reference/shared-schema';

/** Open Database License 1.0: the figures are labelled with region names and codes from idn-area-data (ODbL). */
export const OPEN_DATA_LICENCE = {
  id: 'ODbL-1.0',
  name: 'Open Database License (ODbL) v1.0',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  // docs/data-sources.md: the credit idn-area-data's licence asks for, word for word.
  attribution:
    'Statistik: Netra. Data wilayah: idn-area-data © fityannugroho dan kontributor, lisensi ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/), berdasarkan Kepmendagri 300.2.2-2138/2025.',
} as const;

export const ZOpenDataFile = z.object({
  name: z.string().describe('File name, stable from day to day (e.g. funnel-by-category.csv)'),
  mediaType: z.enum(['text/csv', 'application/json']),
  sha256: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative().nullable().describe('Data rows of a CSV (header excluded)'),
  description: z.string(),
  url: z.string().describe('Where to download it'),
});

export const ZOpenDataManifest = z.object({
  day: ZIsoDate.describe('The counting date of every figure in the dump (Asia/Jakarta)'),
  writtenAt: z.string().describe('ISO 8601 instant the dump was written'),
  licence: z.object({ id: z.string(), name: z.string(), url: z.string(), attribution: z.string() }),
  dictionary: z.string().describe('Where the fields are explained'),
  files: z.array(ZOpenDataFile),
});
export type OpenDataManifest = z.infer<typeof ZOpenDataManifest>;

export const ZOpenDataDays = z.array(
  z.object({ day: ZIsoDate, files: z.number().int(), url: z.string() }).describe('One dump'),
);

export const ZOpenDataDayParams = z.strictObject({ day: ZIsoDate });
export const ZOpenDataFileParams = z.strictObject({
  day: ZIsoDate,
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*\.(csv|json)$/, 'must be a file name of the dump'),
});
