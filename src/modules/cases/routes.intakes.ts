// Another laporan or temuan on an existing case, mounted at /api/cases (src/modules/routes.ts). Thin.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTransaction } from '../../db/database';
import { requireStaff } from '../identity';
import { addIntake } from './actions/add-intake';
import { getCase } from './actions/get-case';
import { ZAddIntakeInput, ZCaseDetail, ZCaseParams } from './case-api-schema';
import { effectiveDeadlineRules } from './effective-deadline-rules';
import { reporterIdentityKey } from './reporter-identity';

export const caseIntakeRoutes: FastifyPluginAsyncZod = async (app) => {
  const reporterKey = reporterIdentityKey(app.ctx.config);
  app.post(
    '/:id/intakes',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add another laporan or temuan about the same act (Bawaslu, while it handles the case)',
        security: [{ session: [] }],
        params: ZCaseParams,
        body: ZAddIntakeInput,
        response: { 201: ZCaseDetail },
      },
    },
    async (request, reply) => {
      const actor = await requireStaff(request);
      const now = app.ctx.now();
      const { id } = request.params;
      await withTransaction(app.ctx.db.pool, (tx) =>
        addIntake(tx, { actor, caseId: id, input: request.body, now, reporterKey }),
      );
      const rules = await effectiveDeadlineRules(app.ctx.db.pool);
      return reply.code(201).send(await getCase(app.ctx.db.pool, actor, id, now, rules));
    },
  );
};
