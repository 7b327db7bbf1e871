import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
}

/** The real app on a private test database; drive it with `app.inject`. */
export async function createTestApp(opts: { now?: () => Date } = {}): Promise<TestApp> {
  const tdb = await createTestDatabase();
  const app = await buildApp({ config: tdb.config, db: tdb.db, now: opts.now ?? (() => new Date()) });
  await app.ready();
  return {
    ...tdb,
    app,
    destroy: async () => {
      await app.close();
      await tdb.destroy();
    },
  };
}
