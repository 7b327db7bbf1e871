// HTTP routes of the cases module, mounted at /api/cases (src/modules/routes.ts). Thin: parse, act, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTransaction } from '../../db/database';
import { requireStaff } from '../identity';
import { countCases } from './actions/count-cases';
import { createIntake } from './actions/create-intake';
import { findCases } from './actions/find-cases';
import { getCase } from './actions/get-case';
import { transitionCase } from './actions/transition-case';
import {
  ZCaseActionBody,
  ZCaseActionParams,
  ZCaseCounts,
  ZCaseDetail,
  ZCaseInboxQuery,
  ZCasePage,
  ZCaseParams,
  ZCreateIntakeInput,
} from './case-api-schema';
import { effectiveDeadlineRules } from './effective-deadline-rules';
import { reporterIdentityKey } from './reporter-identity';

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const reporterKey = reporterIdentityKey(app.ctx.config);

  app.post(
    '/',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Record a laporan (brought by a member of the public) or a temuan (Bawaslu finding) as a new case',
        body: ZCreateIntakeInput,
        response: { 201: ZCaseDetail },
      },
    },
    async (request, reply) => {
      const actor = await requireStaff(request);
      const now = app.ctx.now();
      const { id } = await withTransaction(app.ctx.db.pool, (tx) =>
        createIntake(tx, { actor, input: request.body, now, reporterKey }),
      );
      const rules = await effectiveDeadlineRules(app.ctx.db.pool);
      return reply.code(201).send(await getCase(app.ctx.db.pool, actor, id, now, rules));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['cases'],
        summary: 'Inbox: the cases in your scope, filtered and sorted',
        querystring: ZCaseInboxQuery,
        response: { 200: ZCasePage },
      },
    },
    async (request) => {
      const actor = await requireStaff(request);
      return findCases(app.ctx.db.pool, actor, request.query, app.ctx.now());
    },
  );

  app.get(
    '/counts',
    {
      schema: {
        tags: ['cases'],
        summary: 'Counts for the inbox tabs: open, my tasks, due soon, overdue',
        response: { 200: ZCaseCounts },
      },
    },
    async (request) => countCases(app.ctx.db.pool, await requireStaff(request), app.ctx.now()),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'One case with subjects, intakes, timeline, deadline clock and your abilities',
        params: ZCaseParams,
        response: { 200: ZCaseDetail },
      },
    },
    async (request) => {
      const actor = await requireStaff(request);
      const rules = await effectiveDeadlineRules(app.ctx.db.pool);
      return getCase(app.ctx.db.pool, actor, request.params.id, app.ctx.now(), rules);
    },
  );

  app.post(
    '/:id/actions/:action',
    {
      schema: {
        tags: ['cases'],
        summary: 'Take a workflow action on a case (optimistic lock on expectedVersion)',
        params: ZCaseActionParams,
        body: ZCaseActionBody,
        response: { 200: ZCaseDetail },
      },
    },
    async (request) => {
      const actor = await requireStaff(request);
      const now = app.ctx.now();
      const { id, action } = request.params;
      // The rules in force (admin edits included), from the per-process cache: no query per transition.
      const rules = await effectiveDeadlineRules(app.ctx.db.pool);
      // On the pool: the step's write (case, event, audit) is one atomic statement with a version check.
      await transitionCase(app.ctx.db.pool, {
        actor,
        caseId: id,
        action,
        input: request.body.input,
        expectedVersion: request.body.expectedVersion,
        now,
        rules,
      });
      return getCase(app.ctx.db.pool, actor, id, now, rules);
    },
  );
};
