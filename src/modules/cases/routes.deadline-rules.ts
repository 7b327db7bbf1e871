// HTTP routes of the deadline rules, mounted at /api/admin/deadline-rules (src/modules/routes.ts). Thin.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTransaction } from '../../db/database';
import { requireStaff, requireStaffFor } from '../identity';
import { findDeadlineRules } from './actions/find-deadline-rules';
import { updateDeadlineRule } from './actions/update-deadline-rule';
import {
  ZDeadlineRuleList,
  ZDeadlineRuleParams,
  ZDeadlineRuleView,
  ZUpdateDeadlineRuleInput,
} from './deadline-rule-api-schema';
import { invalidateDeadlineRules } from './effective-deadline-rules';

const tags = ['admin'];
const security = [{ session: [] }];

export const deadlineRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        summary: 'The deadline rules in force, with shipped values, confidence and edit history',
        response: { 200: ZDeadlineRuleList },
      },
    },
    async (request) => {
      // Every staff role reads the periods its deadlines follow, and which of them are unverified.
      await requireStaff(request);
      return findDeadlineRules(app.ctx.db.pool);
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change an unverified deadline rule (admin; applies to deadlines started afterwards)',
        params: ZDeadlineRuleParams,
        body: ZUpdateDeadlineRuleInput,
        response: { 200: ZDeadlineRuleView },
      },
    },
    async (request) => {
      const actor = await requireStaffFor(request, 'deadline_rules.manage');
      const { pool } = app.ctx.db;
      const view = await withTransaction(pool, (tx) =>
        updateDeadlineRule(tx, { actor, ruleId: request.params.id, input: request.body, now: app.ctx.now() }),
      );
      // After commit: a load before it would cache the old rules again.
      invalidateDeadlineRules(pool);
      return view;
    },
  );
};
