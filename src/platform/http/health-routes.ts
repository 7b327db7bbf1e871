import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations, readMigrations, type Migration } from '../../db/migrate';
import { AppError } from '../errors/app-error';

const ZHealth = z.object({ status: z.literal('ok') });
const ZReady = z.object({ status: z.literal('ready'), database: z.enum(['postgres', 'pglite']) });

/** Liveness (`/health`, no I/O) and readiness (`/ready`: database reachable and fully migrated). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  // Read once: the files on disk do not change under a running process, and probes come every few seconds.
  let migrations: Migration[] | undefined;
  app.get(
    '/health',
    { schema: { tags: ['platform'], summary: 'Liveness', response: { 200: ZHealth } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      schema: {
        tags: ['platform'],
        summary: 'Readiness: database reachable and migrated',
        response: { 200: ZReady },
      },
    },
    async () => {
      try {
        migrations ??= readMigrations();
        const pending = await pendingMigrations(app.ctx.db.pool, migrations);
        if (pending.length > 0) throw new Error('pending migrations');
      } catch {
        throw new AppError('UNAVAILABLE');
      }
      return { status: 'ready' as const, database: app.ctx.db.kind };
    },
  );
};
