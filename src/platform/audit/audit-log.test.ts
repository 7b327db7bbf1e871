import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { appendAudit, verifyAuditChain } from './audit-log';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
});

const actor = { id: null, label: 'test' };

describe('audit trail', () => {
  it('appends rows in the caller transaction and verifies the chain', async () => {
    await withTransaction(t.db.pool, async (tx) => {
      await appendAudit(tx, actor, {
        action: 'test.thing.created',
        entityType: 'thing',
        entityId: '1',
        data: { b: 2, a: [1, 'x'] },
      });
      await appendAudit(tx, actor, { action: 'test.thing.updated', entityType: 'thing', entityId: '1' });
    });
    const result = await verifyAuditChain(t.db.pool);
    expect(result.ok).toBe(true);
    expect(result.rows).toBeGreaterThanOrEqual(2);
  });

  it('drops the audit row when the change it records rolls back', async () => {
    const before = await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    await expect(
      withTransaction(t.db.pool, async (tx) => {
        await appendAudit(tx, actor, { action: 'test.thing.failed', entityType: 'thing', entityId: '2' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    expect((await verifyAuditChain(t.db.pool)).ok).toBe(true);
  });

  it('keeps one unbroken chain under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        withTransaction(t.db.pool, (tx) =>
          appendAudit(tx, actor, { action: 'test.concurrent', entityType: 'thing', entityId: String(i) }),
        ),
      ),
    );
    expect((await verifyAuditChain(t.db.pool)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the trigger', async () => {
    await expect(t.db.pool.query(`UPDATE audit_log SET action = 'x' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.pool.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('names the first tampered row when someone bypasses the trigger', async () => {
    const client = await t.db.pool.connect();
    try {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
      await client.query(`UPDATE audit_log SET data = '{"b":3}' WHERE seq = 2`);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    } finally {
      client.release();
    }
    const result = await verifyAuditChain(t.db.pool);
    expect(result).toMatchObject({ ok: false, brokenSeq: 2, reason: 'content does not match its hash' });
  });
});
