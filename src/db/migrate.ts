import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads numbered SQL files (NNNN_name.sql). Files never change after they land (STYLE.md). */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) throw new MigrationError(`Migrations directory ${dir} is missing.`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  if (files.length === 0) throw new MigrationError(`No migrations found in ${dir}.`);
  const seen = new Set<string>();
  return files.map((file) => {
    const m = FILE_PATTERN.exec(file);
    if (!m) throw new MigrationError(`Migration file name ${file} must look like 0001_name.sql.`);
    const [, version = '', name = ''] = m;
    if (seen.has(version)) throw new MigrationError(`Two migrations share version ${version}.`);
    seen.add(version);
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    return { version, name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
  });
}

export interface MigrateResult {
  applied: string[];
  current: string | undefined;
}

/** Applies pending migrations, each in its own transaction, under an advisory lock (two nodes may start at once). */
export async function migrate(
  pool: pg.Pool,
  migrations: Migration[] = readMigrations(),
): Promise<MigrateResult> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(7254110001)`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: string; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const known = new Map(migrations.map((m) => [m.version, m]));
    for (const row of rows) {
      const m = known.get(row.version);
      if (!m) {
        throw new MigrationError(
          `Database has migration ${row.version}_${row.name} that this version of Netra does not know. ` +
            'Run a newer Netra, or restore a matching backup.',
        );
      }
      if (m.checksum !== row.checksum) {
        throw new MigrationError(`Migration ${row.version}_${row.name} was edited after it was applied.`);
      }
    }
    const done = new Set(rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      try {
        await client.query('BEGIN');
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          m.checksum,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new MigrationError(`Migration ${m.version}_${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(`${m.version}_${m.name}`);
    }
    return { applied, current: migrations.at(-1)?.version };
  } finally {
    await client.query(`SELECT pg_advisory_unlock(7254110001)`).catch(() => undefined);
    client.release();
  }
}

/** Pending migrations without applying them (readiness check). */
export async function pendingMigrations(
  pool: pg.Pool,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  const exists = await pool.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`);
  if (!(exists.rows[0] as { ok: boolean }).ok) return migrations.map((m) => m.version);
  const { rows } = await pool.query<{ version: string }>('SELECT version FROM schema_migrations');
  const done = new Set(rows.map((r) => r.version));
  return migrations.filter((m) => !done.has(m.version)).map((m) => m.version);
}
