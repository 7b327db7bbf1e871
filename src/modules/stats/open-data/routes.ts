// The open-data dumps (issue 5 §6): public, listed by day with their manifest, each file downloadable.
import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors/app-error';
import { BlobStore } from '../../../platform/blobs/blob-store';
import { findDumpDays, findDumpFiles } from './open-data-queries';
import {
  OPEN_DATA_LICENCE,
  ZOpenDataDayParams,
  ZOpenDataDays,
  ZOpenDataFileParams,
  ZOpenDataManifest,
} from './open-data-schema';

const tags = ['open data'];
const BASE = '/api/public/open-data';

export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const blobs = BlobStore.inDataDir(app.ctx.config.dataDir);

  app.get(
    '/open-data',
    { schema: { tags, summary: 'The daily dumps, newest first', response: { 200: ZOpenDataDays } } },
    async (_request, reply) => {
      const days = await findDumpDays(app.ctx.db.pool);
      reply.header('cache-control', 'public, max-age=300');
      return days.map((d) => ({ ...d, url: `${BASE}/${d.day}` }));
    },
  );

  app.get(
    '/open-data/:day',
    {
      schema: {
        tags,
        summary: 'One day’s dump: its files with SHA-256, the licence and the data dictionary',
        params: ZOpenDataDayParams,
        response: { 200: ZOpenDataManifest },
      },
    },
    async (request, reply) => {
      const { day } = request.params;
      const files = await findDumpFiles(app.ctx.db.pool, day);
      if (files.length === 0) throw new AppError('NOT_FOUND');
      reply.header('cache-control', 'public, max-age=86400');
      return {
        day,
        writtenAt: (files[0]?.written_at ?? new Date()).toISOString(),
        licence: OPEN_DATA_LICENCE,
        dictionary: 'docs/data-dictionary.md in the Netra source (AGPL-3.0-or-later)',
        files: files.map((f) => ({
          name: f.name,
          mediaType: f.media_type,
          sha256: f.sha256,
          sizeBytes: f.size_bytes,
          rows: f.rows,
          description: f.description,
          url: `${BASE}/${day}/${f.name}`,
        })),
      };
    },
  );

  app.get(
    '/open-data/:day/:name',
    { schema: { tags, summary: 'One file of a dump (CSV or JSON)', params: ZOpenDataFileParams } },
    async (request, reply) => {
      const { day, name } = request.params;
      const file = (await findDumpFiles(app.ctx.db.pool, day)).find((f) => f.name === name);
      if (!file) throw new AppError('NOT_FOUND');
      return reply
        .header('content-type', `${file.media_type}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="netra-${day}-${name}"`)
        .header('cache-control', 'public, max-age=86400, immutable')
        .header('etag', `"${file.sha256}"`)
        .send(fs.createReadStream(blobs.pathOf(file.sha256)));
    },
  );
};
