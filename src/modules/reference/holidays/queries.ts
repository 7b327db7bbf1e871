import type { Queryable } from '../../../db/database';

export interface HolidayDbRow {
  date: string;
  nameId: string;
  nameEn: string;
  kind: 'libur_nasional' | 'cuti_bersama' | 'pemungutan_suara';
  source: string;
  confidence: string | null;
  note: string | null;
}

/** First and last year in the holiday table (undefined when empty). */
export async function findHolidayYears(db: Queryable): Promise<{ first: number; last: number } | undefined> {
  const { rows } = await db.query<{ first: number | null; last: number | null }>(
    `SELECT min(extract(year FROM date))::int AS first, max(extract(year FROM date))::int AS last FROM holidays`,
  );
  const r = rows[0];
  return r?.first != null && r.last != null ? { first: r.first, last: r.last } : undefined;
}

/** Holidays of one year, or of every year; by date. */
export async function findHolidays(db: Queryable, year: number | undefined): Promise<HolidayDbRow[]> {
  const { rows } = await db.query<HolidayDbRow>(
    `SELECT date, name_id AS "nameId", name_en AS "nameEn", kind, source, confidence, note
       FROM holidays
      WHERE $1::int IS NULL OR date >= make_date($1::int, 1, 1) AND date < make_date($1::int + 1, 1, 1)
      ORDER BY date, name_id`,
    [year ?? null],
  );
  return rows;
}
