import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors/app-error';
import { pickLanguage } from '../../../platform/i18n/language';
import { unknownValueError } from '../reference-errors';
import { regionExists } from '../regions/queries';
import { findAgencies, findAgency, findBknOffices } from './queries';
import { ZAgency, ZAgencyPage, ZAgencyParams, ZBknOfficeList, ZFindAgenciesQuery } from './schema';

/** Public, read-only: agencies (instansi) with their PPK and supervisor; BKN offices. */
export const agencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agencies',
    {
      schema: {
        tags: ['reference'],
        summary: 'Regional governments and central ministries/agencies, with their PPK',
        querystring: ZFindAgenciesQuery,
        response: { 200: ZAgencyPage },
      },
    },
    async (request) => {
      const { query } = request;
      if (query.province && !(await regionExists(app.ctx.db.pool, query.province, 'province'))) {
        throw unknownValueError(
          'querystring.province',
          query.province,
          pickLanguage(request.headers['accept-language']),
        );
      }
      return findAgencies(app.ctx.db.pool, query);
    },
  );

  app.get(
    '/agencies/:code',
    {
      schema: {
        tags: ['reference'],
        summary: 'One agency',
        params: ZAgencyParams,
        response: { 200: ZAgency },
      },
    },
    async (request) => {
      const agency = await findAgency(app.ctx.db.pool, request.params.code);
      if (!agency) throw new AppError('NOT_FOUND');
      return agency;
    },
  );

  app.get(
    '/bkn-offices',
    {
      schema: {
        tags: ['reference'],
        summary: 'BKN headquarters and regional offices (Kantor Regional) with the provinces they cover',
        response: { 200: ZBknOfficeList },
      },
    },
    async () => findBknOffices(app.ctx.db.pool),
  );
};
