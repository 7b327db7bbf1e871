import type { Queryable } from '../../../db/database';
import { parseJsonFile, REFERENCE_FILES, type ReferenceFiles } from '../reference-files';
import { upsertRows, type UpsertTarget } from '../seed-queries';
import { ZHolidayFile, loadHolidayCalendar, type HolidayFile } from '../../../platform/calendar';

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

/** The holiday file, checked by the same rules the working-day calendar applies (one schema for both). */
export function parseHolidayFile(files: ReferenceFiles): HolidayFile {
  const json = parseJsonFile(files.texts.holidays, REFERENCE_FILES.holidays);
  loadHolidayCalendar(json);
  return ZHolidayFile.parse(json);
}

export async function seedHolidays(tx: Queryable, files: ReferenceFiles): Promise<number> {
  const rows = Object.values(parseHolidayFile(files).years)
    .flat()
    .map((h) => ({ ...h, confidence: h.confidence ?? null, note: h.note ?? null }));
  return upsertRows(tx, HOLIDAYS, rows);
}
