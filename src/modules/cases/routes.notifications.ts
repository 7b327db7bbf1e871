// HTTP routes of the deadline notifications, mounted at /api/notifications (src/modules/routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTransaction } from '../../db/database';
import { requireStaff } from '../identity';
import { findNotifications, readNotification } from './actions/find-notifications';
import { ZNotificationList, ZNotificationParams } from './case-api-schema';

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['cases'],
        summary: 'Your deadline notifications (overdue cases, escalations), newest first',
        response: { 200: ZNotificationList },
      },
    },
    async (request) => findNotifications(app.ctx.db.pool, await requireStaff(request)),
  );

  app.post(
    '/:id/read',
    {
      schema: {
        tags: ['cases'],
        summary: 'Mark a notification read',
        params: ZNotificationParams,
        response: { 204: z.null().describe('Marked read') },
      },
    },
    async (request, reply) => {
      const actor = await requireStaff(request);
      await withTransaction(app.ctx.db.pool, (tx) =>
        readNotification(tx, actor, request.params.id, app.ctx.now()),
      );
      return reply.code(204).send(null);
    },
  );
};
