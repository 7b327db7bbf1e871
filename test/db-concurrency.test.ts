import { afterAll, beforeAll, expect, it } from 'vitest';
import { withTransaction } from '../src/db/database';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
});

// Regression: pglite-socket 0.2.17 interleaves extended-protocol messages of different connections, so one
// request could receive another's rows (upstream electric-sql/pglite#1046). Both backends must pass this.
it('gives every concurrent caller its own rows and loses no update', async () => {
  const pool = t.db.pool;
  await pool.query(`CREATE TABLE concurrency_probe (id int PRIMARY KEY, n int)`);
  await pool.query(`INSERT INTO concurrency_probe VALUES (1, 0)`);
  const caller = async (i: number): Promise<void> => {
    for (let k = 0; k < 20; k++) {
      const r = await pool.query<{ i: number }>(
        'SELECT n, $2::int AS i FROM concurrency_probe WHERE id = $1',
        [1, i],
      );
      expect(r.rows[0]?.i).toBe(i);
      await withTransaction(pool, async (tx) => {
        await tx.query('SELECT n FROM concurrency_probe WHERE id = $1 FOR UPDATE', [1]);
        await tx.query('UPDATE concurrency_probe SET n = n + $2 WHERE id = $1', [1, 1]);
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, i) => caller(i)));
  const { rows } = await pool.query<{ n: number }>('SELECT n FROM concurrency_probe');
  expect(rows[0]?.n).toBe(160);
}, 60_000);
