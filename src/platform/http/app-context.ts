import type { Config } from '../../config';
import type { Database } from '../../db/database';

/** What every route and action can reach: configuration, the database and the clock. */
export interface AppContext {
  config: Config;
  db: Database;
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
