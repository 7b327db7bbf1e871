import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { testBackend } from '../../test/support/test-env';
import { namedStatementsLike, statement } from './named-statements';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
});

const TEXT = 'SELECT $1::int + 1 AS n';

describe('named statements', () => {
  it.runIf(testBackend() === 'postgres')(
    'are prepared once per PostgreSQL connection and reused (the transition read and write skip planning)',
    async () => {
      const client = await t.db.pool.connect();
      try {
        const q = statement(client, TEXT, [41]);
        expect(q.name).toMatch(/^netra_[0-9a-f]{24}$/);
        expect((await client.query<{ n: number }>(q)).rows[0]?.n).toBe(42);
        expect((await client.query<{ n: number }>(statement(client, TEXT, [1]))).rows[0]?.n).toBe(2);
        const prepared = await client.query<{ name: string }>(
          'SELECT name FROM pg_prepared_statements WHERE name = $1',
          [q.name],
        );
        expect(prepared.rows).toHaveLength(1);
        // Another text never shares the name (node-postgres refuses a name reused with another text).
        expect(statement(client, `${TEXT} -- other`, []).name).not.toBe(q.name);
      } finally {
        client.release();
      }
    },
  );

  it.runIf(testBackend() === 'pglite')(
    'stay unnamed on PGlite, whose socket connections share one backend session',
    async () => {
      expect(statement(t.db.pool, TEXT, [1]).name).toBeUndefined();
      const client = await t.db.pool.connect();
      try {
        expect(statement(client, TEXT, [1]).name).toBeUndefined();
      } finally {
        client.release();
      }
    },
  );

  it('a wrapper of a query runner is named exactly when the runner is', () => {
    const wrapper = {};
    namedStatementsLike(wrapper, t.db.pool);
    expect(statement(wrapper as typeof t.db.pool, TEXT, []).name !== undefined).toBe(
      testBackend() === 'postgres',
    );
  });
});
