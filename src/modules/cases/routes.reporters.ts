// HTTP routes of laporan reporters, mounted at /api/cases (src/modules/routes.ts): unsealing an identity.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTransaction } from '../../db/database';
import { requireStaff } from '../identity';
import { unsealReporter } from './actions/unseal-reporter';
import { ZReporterParams, ZUnsealedReporter, ZUnsealReporterInput } from './reporter-api-schema';
import { reporterIdentityKey } from './reporter-identity';

export const caseReporterRoutes: FastifyPluginAsyncZod = async (app) => {
  const reporterKey = reporterIdentityKey(app.ctx.config);

  app.post(
    '/:id/reporters/:reporterId/unseal',
    {
      schema: {
        tags: ['cases'],
        summary:
          "Unseal a laporan reporter's identity, with a reason (custodian, or Bawaslu of the case's area; audited)",
        params: ZReporterParams,
        body: ZUnsealReporterInput,
        response: { 200: ZUnsealedReporter },
      },
    },
    async (request) => {
      const actor = await requireStaff(request);
      const { id, reporterId } = request.params;
      return withTransaction(app.ctx.db.pool, (tx) =>
        unsealReporter(tx, {
          actor,
          caseId: id,
          reporterId,
          reason: request.body.reason,
          now: app.ctx.now(),
          reporterKey,
        }),
      );
    },
  );
};
