import type { Queryable } from '../../db/database';

/** One reference table as the seed writes it. Names here are constants of this module, never user input. */
export interface UpsertTarget {
  table: string;
  key: readonly string[];
  /** Column → SQL type, as jsonb_to_recordset reads the rows (JSON keys = column names). */
  columns: Readonly<Record<string, string>>;
  /** Rows an admin edited (origin = 'admin') are left alone; the seed owns only origin = 'seed' rows. */
  adminEditable: boolean;
}

/**
 * Inserts new rows and updates changed ones in one statement; rows that are already equal are not touched,
 * so the returned count is the number of rows that really changed (0 on a repeated load).
 */
export async function upsertRows(
  tx: Queryable,
  target: UpsertTarget,
  rows: readonly object[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const cols = Object.keys(target.columns);
  const valueCols = cols.filter((c) => !target.key.includes(c));
  const recordType = cols.map((c) => `${c} ${target.columns[c]}`).join(', ');
  const mine = valueCols.map((c) => `${target.table}.${c}`).join(', ');
  const theirs = valueCols.map((c) => `EXCLUDED.${c}`).join(', ');
  const guard = target.adminEditable ? ` AND ${target.table}.origin = 'seed'` : '';
  const onConflict =
    valueCols.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${valueCols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
         WHERE ROW(${mine}) IS DISTINCT FROM ROW(${theirs})${guard}`;
  const sql = `INSERT INTO ${target.table} (${cols.join(', ')})
    SELECT ${cols.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
    ON CONFLICT (${target.key.join(', ')}) ${onConflict}`;
  const result = await tx.query(sql, [JSON.stringify(rows)]);
  return result.rowCount ?? 0;
}

export async function lockReferenceSeed(tx: Queryable): Promise<void> {
  // Two app nodes may start at once: the second waits, then finds the checksum already stored.
  await tx.query('SELECT pg_advisory_xact_lock(7254110002)');
}

export async function getStoredChecksum(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ checksum: string }>(
    'SELECT checksum FROM reference_data_state WHERE id = 1',
  );
  return rows[0]?.checksum;
}

export async function storeChecksum(tx: Queryable, checksum: string): Promise<void> {
  await tx.query(
    `INSERT INTO reference_data_state (id, checksum, loaded_at) VALUES (1, $1, now())
     ON CONFLICT (id) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
    [checksum],
  );
}

/**
 * Deletes the seed's own rows that the data files no longer list. Only for link tables that nothing else
 * references (a province moved to another BKN office, a dropped phase override); entity tables keep their
 * rows because other modules point at them.
 */
export async function deleteSeedRowsMissingFrom(
  tx: Queryable,
  target: UpsertTarget,
  rows: readonly object[],
): Promise<number> {
  const keyType = target.key.map((c) => `${c} ${target.columns[c]}`).join(', ');
  const keys = target.key.join(', ');
  const result = await tx.query(
    `DELETE FROM ${target.table} WHERE origin = 'seed'
       AND (${keys}) NOT IN (SELECT ${keys} FROM jsonb_to_recordset($1::jsonb) AS r(${keyType}))`,
    [JSON.stringify(rows)],
  );
  return result.rowCount ?? 0;
}

/**
 * A data-file object as a row: camelCase keys become snake_case columns (`regulationCode` → `regulation_code`).
 * Keys that are not columns are ignored by jsonb_to_recordset, and absent optional keys load as NULL.
 */
export function snakeCaseKeys(object: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]),
  );
}
