import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaffFor } from '../../identity';
import { findFormLevels, findRegulations, findSanctionTypes, findViolationForms } from './queries';
import { ZRegulationList, ZSanctionTypeList, ZViolationFormList } from './schema';

const security = [{ session: [] }];

/** Staff only, read-only: the legal catalogues behind sanction recommendations (REF §1.1–§1.4). */
export const legalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/legal/regulations',
    {
      schema: {
        tags: ['reference'],
        summary: 'Regulations (staff)',
        security,
        response: { 200: ZRegulationList },
      },
    },
    async (request) => {
      await requireStaffFor(request, 'legal.read');
      return { items: await findRegulations(app.ctx.db.pool) };
    },
  );

  app.get(
    '/legal/violation-forms',
    {
      schema: {
        tags: ['reference'],
        summary: 'Violation forms and report categories (staff)',
        security,
        response: { 200: ZViolationFormList },
      },
    },
    async (request) => {
      await requireStaffFor(request, 'legal.read');
      return { items: await findViolationForms(app.ctx.db.pool) };
    },
  );

  app.get(
    '/legal/sanction-types',
    {
      schema: {
        tags: ['reference'],
        summary: 'Sanction types and the level of each violation form (staff)',
        security,
        response: { 200: ZSanctionTypeList },
      },
    },
    async (request) => {
      await requireStaffFor(request, 'legal.read');
      return {
        items: await findSanctionTypes(app.ctx.db.pool),
        formLevels: await findFormLevels(app.ctx.db.pool),
      };
    },
  );
};
