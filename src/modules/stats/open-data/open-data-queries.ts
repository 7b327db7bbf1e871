// SQL of the open-data dump: which files each day holds (the bytes are in the blob store).
import type { Queryable } from '../../../db/database';

export interface OpenDataFileRow {
  day: string;
  name: string;
  media_type: 'text/csv' | 'application/json';
  sha256: string;
  size_bytes: number;
  rows: number | null;
  description: string;
  written_at: Date;
}

const COLUMNS = `to_char(day, 'YYYY-MM-DD') AS day, name, media_type, sha256, size_bytes, rows, description, written_at`;

export async function insertOpenDataFile(tx: Queryable, f: OpenDataFileRow): Promise<void> {
  await tx.query(
    `INSERT INTO open_data_files (day, name, media_type, sha256, size_bytes, rows, description, written_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [f.day, f.name, f.media_type, f.sha256, f.size_bytes, f.rows, f.description, f.written_at],
  );
}

export async function hasDump(db: Queryable, day: string): Promise<boolean> {
  const { rows } = await db.query<{ yes: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM open_data_files WHERE day = $1) AS yes`,
    [day],
  );
  return rows[0]?.yes ?? false;
}

export async function findDumpDays(db: Queryable): Promise<{ day: string; files: number }[]> {
  const { rows } = await db.query<{ day: string; files: number }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS files FROM open_data_files GROUP BY day ORDER BY day DESC`,
  );
  return rows;
}

export async function findDumpFiles(db: Queryable, day: string): Promise<OpenDataFileRow[]> {
  const { rows } = await db.query<OpenDataFileRow>(
    `SELECT ${COLUMNS} FROM open_data_files WHERE day = $1 ORDER BY name`,
    [day],
  );
  return rows;
}
