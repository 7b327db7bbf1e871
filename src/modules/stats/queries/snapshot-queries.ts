// SQL of the published snapshots (stats_snapshots, migration 0016: frozen by trigger once written).
import type { Queryable } from '../../../db/database';
import type { SnapshotFigures, SnapshotSummary } from '../snapshot-schema';

interface SnapshotRow {
  id: string;
  title: string;
  as_of: string;
  election_id: string | null;
  region_code: string | null;
  note: string | null;
  published_at: Date;
  sha256: string;
}

const SUMMARY = `id, title, to_char(as_of, 'YYYY-MM-DD') AS as_of, election_id, region_code, note, published_at, sha256`;

function summaryOf(r: SnapshotRow): SnapshotSummary {
  return {
    id: r.id,
    title: r.title,
    asOf: r.as_of,
    election: r.election_id,
    region: r.region_code,
    note: r.note,
    publishedAt: r.published_at.toISOString(),
    sha256: r.sha256,
  };
}

/** Stores a snapshot; false when the id is taken (snapshots are never replaced). */
export async function insertSnapshot(
  tx: Queryable,
  s: SnapshotSummary & { figures: SnapshotFigures; publishedBy: string | null },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO stats_snapshots (id, title, as_of, election_id, region_code, figures, sha256, note, published_at,
       published_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [
      s.id,
      s.title,
      s.asOf,
      s.election,
      s.region,
      JSON.stringify(s.figures),
      s.sha256,
      s.note,
      s.publishedAt,
      s.publishedBy,
    ],
  );
  return rowCount === 1;
}

/** Every snapshot, newest first. */
export async function findSnapshots(db: Queryable): Promise<SnapshotSummary[]> {
  const { rows } = await db.query<SnapshotRow>(
    `SELECT ${SUMMARY} FROM stats_snapshots ORDER BY published_at DESC, id`,
  );
  return rows.map(summaryOf);
}

export async function findSnapshot(
  db: Queryable,
  id: string,
): Promise<(SnapshotSummary & { figures: SnapshotFigures }) | undefined> {
  const { rows } = await db.query<SnapshotRow & { figures: SnapshotFigures }>(
    `SELECT ${SUMMARY}, figures FROM stats_snapshots WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  return r && { ...summaryOf(r), figures: r.figures };
}
