import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { runNetra } from './support/netra-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { pgliteTemplateDir, runTmpDir, testBackend } from './support/test-env';

let t: TestDatabase | undefined;
let env: Record<string, string>;
let dir: string;

/** Runs SQL against the CLI's database as a DBA would, bypassing the app (the embedded dir is free between runs). */
async function asDba(sql: string[]): Promise<void> {
  const db =
    testBackend() === 'pglite'
      ? await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') })
      : t!.db;
  try {
    for (const s of sql) await db.pool.query(s);
  } finally {
    if (testBackend() === 'pglite') await db.close();
  }
}

beforeAll(async () => {
  dir = path.join(runTmpDir(), `audit-cli-${crypto.randomBytes(4).toString('hex')}`);
  if (testBackend() === 'pglite') {
    fs.cpSync(pgliteTemplateDir(), dir, { recursive: true });
    fs.rmSync(path.join(dir, 'netra.lock'), { force: true });
    env = { NETRA_DATA_DIR: dir };
  } else {
    t = await createTestDatabase();
    fs.mkdirSync(dir, { recursive: true });
    const url = t.config.database.kind === 'postgres' ? t.config.database.url : '';
    env = {
      NETRA_DATA_DIR: dir,
      DATABASE_URL: url,
      NETRA_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
    };
  }
});
afterAll(async () => {
  await t?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('netra audit verify', () => {
  it('passes on an untouched trail, then fails with exit 3 naming the first tampered row', async () => {
    for (const n of [1, 2, 3]) {
      const add = await runNetra(
        ['user', 'add', '--email', `audit${n}@test.netra.id`, '--name', `Audit ${n}`, '--role', 'custodian'],
        env,
      );
      expect(add.code).toBe(0);
    }
    const ok = await runNetra(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Audit chain OK: 3 rows/);

    // A DBA edits the second row directly, with the append-only trigger switched off.
    await asDba([
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete',
      `UPDATE audit_log SET actor_label = 'someone-else' WHERE seq = 2`,
      'ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete',
    ]);
    const broken = await runNetra(['audit', 'verify'], env);
    expect(broken.code).toBe(3);
    expect(broken.stdout).toContain('Audit chain BROKEN at seq 2: content does not match its hash');
  }, 180_000);

  it('detects a deleted last row through the chain head', async () => {
    await asDba([
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete',
      "UPDATE audit_log SET actor_label = 'cli' WHERE seq = 2",
      'DELETE FROM audit_log WHERE seq = 3',
      'ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete',
    ]);
    const broken = await runNetra(['audit', 'verify'], env);
    expect(broken.code).toBe(3);
    expect(broken.stdout).toContain('BROKEN at seq 3');
  }, 120_000);
});
