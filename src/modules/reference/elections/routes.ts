import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLanguage } from '../../../platform/i18n/language';
import { getElectionDetail } from './election-detail';
import { presentElectionSummary } from './present';
import { findElections } from './queries';
import { ZElectionDetail, ZElectionList, ZElectionParams, ZElectionQuery } from './schema';

/** Public, read-only: elections, the regions holding them and their phase calendars. */
export const electionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/elections',
    {
      schema: {
        tags: ['reference'],
        summary: 'Elections with voting day and regions holding them',
        response: { 200: ZElectionList },
      },
    },
    async () => (await findElections(app.ctx.db.pool)).map(presentElectionSummary),
  );

  app.get(
    '/elections/:id',
    {
      schema: {
        tags: ['reference'],
        summary: 'One election with its phase calendar, optionally as it applies in one region',
        params: ZElectionParams,
        querystring: ZElectionQuery,
        response: { 200: ZElectionDetail },
      },
    },
    async (request) =>
      getElectionDetail(
        app.ctx.db.pool,
        request.params.id,
        request.query.region,
        pickLanguage(request.headers['accept-language']),
      ),
  );
};
