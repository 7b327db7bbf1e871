import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLanguage } from '../../../platform/i18n/language';
import { electionExists } from '../elections/queries';
import { unknownValueError } from '../reference-errors';
import { findRegions, regionExists } from './queries';
import { getRegionDetail } from './region-detail';
import { ZFindRegionsQuery, ZRegionDetail, ZRegionPage, ZRegionParams } from './schema';

/** Public, read-only: Kemendagri regions with kind, autonomy and election participation. */
export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      schema: {
        tags: ['reference'],
        summary: 'Provinces, kab/kota (and kecamatan on request), searchable by name',
        querystring: ZFindRegionsQuery,
        response: { 200: ZRegionPage },
      },
    },
    async (request) => {
      const { query } = request;
      const lang = pickLanguage(request.headers['accept-language']);
      const db = app.ctx.db.pool;
      if (query.province && !(await regionExists(db, query.province, 'province'))) {
        throw unknownValueError('querystring.province', query.province, lang);
      }
      if (query.election && !(await electionExists(db, query.election))) {
        throw unknownValueError('querystring.election', query.election, lang);
      }
      return findRegions(db, query);
    },
  );

  app.get(
    '/regions/:code',
    {
      schema: {
        tags: ['reference'],
        summary: 'One region with its parent, children, PPK agency and election participation',
        params: ZRegionParams,
        response: { 200: ZRegionDetail },
      },
    },
    async (request) => getRegionDetail(app.ctx.db.pool, request.params.code),
  );
};
