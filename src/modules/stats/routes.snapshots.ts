// Published snapshots: frozen figures anyone may read and cite (public), published by an administrator (staff).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';
import { auditActorOf, requireStaffFor } from '../identity';
import { publishSnapshot } from './actions/publish-snapshot';
import { answerKey, csv, json } from './public-cache';
import { findSnapshot, findSnapshots } from './queries/snapshot-queries';
import type { PublicStatsOptions } from './routes';
import { STATS_DIMENSIONS } from './schema';
import { ZPublishSnapshotInput, ZSnapshotId, ZSnapshotSummary, ZStatsSnapshot } from './snapshot-schema';
import { FUNNEL_CSV_COLUMNS, funnelCells, tableCsv } from './stats-csv';

const tags = ['statistics'];
const ZParams = z.strictObject({ id: ZSnapshotId });

export const publicSnapshotRoutes: FastifyPluginAsyncZod<PublicStatsOptions> = async (app, { cache }) => {
  app.get(
    '/stats/snapshots',
    {
      schema: {
        tags,
        summary: 'Published snapshots, newest first',
        response: { 200: z.array(ZSnapshotSummary) },
      },
    },
    async (request, reply) =>
      cache.send(reply, answerKey(request.url, ''), async () => json(await findSnapshots(app.ctx.db.pool))),
  );

  app.get(
    '/stats/snapshots/:id',
    {
      schema: {
        tags,
        summary: 'One published snapshot: frozen figures and their SHA-256',
        params: ZParams,
        response: { 200: ZStatsSnapshot },
      },
    },
    async (request, reply) => {
      const snapshot = await findSnapshot(app.ctx.db.pool, request.params.id);
      if (!snapshot) throw new AppError('NOT_FOUND');
      // Frozen: safe to keep for a day anywhere.
      return reply.header('cache-control', 'public, max-age=86400').send(snapshot);
    },
  );

  app.get(
    '/stats/snapshots/:id.csv',
    {
      schema: {
        tags,
        summary: 'One published snapshot as CSV: the funnel, then every breakdown',
        params: ZParams,
      },
    },
    async (request, reply) =>
      cache.send(reply, answerKey(request.url, ''), async () => {
        const s = await findSnapshot(app.ctx.db.pool, request.params.id);
        if (!s) throw new AppError('NOT_FOUND');
        const rows = [
          [s.asOf, 'all', 'all', 'Semua', ...funnelCells(s.figures.funnel)],
          // In the dimensions' own order (jsonb keeps object keys in its own).
          ...STATS_DIMENSIONS.flatMap((by) =>
            (s.figures.breakdowns[by] ?? []).map((r) => [
              s.asOf,
              by,
              r.key,
              r.label,
              ...funnelCells(r.figures),
            ]),
          ),
        ];
        const header = ['as_of', 'dimension', 'key', 'label', ...FUNNEL_CSV_COLUMNS];
        return csv(tableCsv(header, rows), `netra-snapshot-${s.id}.csv`);
      }),
  );
};

export const snapshotPublishRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/snapshots',
    {
      schema: {
        tags,
        security: [{ session: [] }],
        summary: 'Publish the figures as of a day, frozen (admin); its id is its citation',
        body: ZPublishSnapshotInput,
        response: { 201: ZSnapshotSummary },
      },
    },
    async (request, reply) => {
      const actor = await requireStaffFor(request, 'stats.publish');
      const summary = await publishSnapshot(app.ctx.db.pool, {
        actor: auditActorOf(actor),
        input: request.body,
        now: app.ctx.now(),
      });
      return reply.code(201).send(summary);
    },
  );
};
