import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { testBackend } from '../../test/support/test-env';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
});

describe('database sessions', () => {
  it.runIf(testBackend() === 'postgres')(
    'turns JIT and parallel gathers off on PostgreSQL sessions (they cost the inbox 100-400 ms at 1 M cases)',
    async () => {
      const client = await t.db.pool.connect();
      try {
        const jit = await client.query<{ jit: string }>('SHOW jit');
        const gather = await client.query<{ max_parallel_workers_per_gather: string }>(
          'SHOW max_parallel_workers_per_gather',
        );
        expect(jit.rows[0]?.jit).toBe('off');
        expect(gather.rows[0]?.max_parallel_workers_per_gather).toBe('0');
      } finally {
        client.release();
      }
    },
  );
});
