import { z } from 'zod';
import type { Queryable } from '../../../db/database';
import { parseJsonFile, REFERENCE_FILES, type ReferenceFiles } from '../reference-files';
import { upsertRows, type UpsertTarget } from '../seed-queries';
import { ZIsoDate } from '../shared-schema';

/** The shape of data/reference/holidays-id.json (described in holidays-id.PROVENANCE.md). */
export const ZHolidayFile = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.array(
      z.object({
        date: ZIsoDate,
        name_id: z.string().min(2),
        name_en: z.string().min(2),
        kind: z.enum(['libur_nasional', 'cuti_bersama', 'pemungutan_suara']),
        source: z.string().min(2),
        confidence: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
  ),
});
export type HolidayFile = z.infer<typeof ZHolidayFile>;

const HOLIDAYS: UpsertTarget = {
  table: 'holidays',
  key: ['date', 'name_id'],
  columns: {
    date: 'date',
    name_id: 'text',
    name_en: 'text',
    kind: 'text',
    source: 'text',
    confidence: 'text',
    note: 'text',
  },
  adminEditable: false,
};

export function parseHolidayFile(files: ReferenceFiles): HolidayFile {
  const data = ZHolidayFile.parse(parseJsonFile(files.texts.holidays, REFERENCE_FILES.holidays));
  for (const [year, entries] of Object.entries(data.years)) {
    const stray = entries.find((e) => !e.date.startsWith(`${year}-`));
    if (stray) throw new Error(`${REFERENCE_FILES.holidays}: ${stray.date} is listed under ${year}`);
  }
  return data;
}

export async function seedHolidays(tx: Queryable, files: ReferenceFiles): Promise<number> {
  const rows = Object.values(parseHolidayFile(files).years)
    .flat()
    .map((h) => ({ ...h, confidence: h.confidence ?? null, note: h.note ?? null }));
  return upsertRows(tx, HOLIDAYS, rows);
}
