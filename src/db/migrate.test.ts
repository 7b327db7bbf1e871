import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { migrate, MigrationError, pendingMigrations, readMigrations } from './migrate';

let t: TestDatabase;
const tempDirs: string[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

function tempMigrations(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-mig-'));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}

describe('migrations', () => {
  it('leaves nothing pending on a migrated database and applies nothing twice', async () => {
    expect(await pendingMigrations(t.db.pool)).toEqual([]);
    expect((await migrate(t.db.pool)).applied).toEqual([]);
  });

  it('refuses a migration edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'x'.repeat(64) } : m));
    await expect(migrate(t.db.pool, edited)).rejects.toThrow(/0001_platform was edited after it was applied/);
  });

  it('refuses a database that has a migration this version does not know', async () => {
    const older = readMigrations().slice(0, 1);
    if (readMigrations().length > 1) {
      await expect(migrate(t.db.pool, older)).rejects.toThrow(/does not know/);
    }
  });

  it('rolls back a failing migration and names it', async () => {
    const dir = tempMigrations({
      '9000_broken.sql': 'CREATE TABLE ok_then_fail (id int); SELECT no_such_function();',
    });
    const all = [...readMigrations(), ...readMigrations(dir)];
    await expect(migrate(t.db.pool, all)).rejects.toThrow(MigrationError);
    await expect(migrate(t.db.pool, all)).rejects.toThrow(/9000_broken failed/);
    const table = await t.db.pool.query(`SELECT to_regclass('ok_then_fail') AS t`);
    expect((table.rows[0] as { t: string | null }).t).toBeNull();
  });

  it.each([
    [{ 'one.sql': 'SELECT 1' }, /must look like 0001_name.sql/],
    [{ '0001_a.sql': 'SELECT 1', '0001_b.sql': 'SELECT 1' }, /share version 0001/],
    [{}, /No migrations found/],
  ])('refuses a malformed migrations folder %o', (files, message) => {
    expect(() => readMigrations(tempMigrations(files))).toThrow(message);
  });

  it('says clearly when the migrations folder is missing', () => {
    expect(() => readMigrations('/nonexistent/netra/migrations')).toThrow(
      /Migrations directory .* is missing/,
    );
  });
});
