import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTransaction } from '../../db/database';
import { createUser } from './actions/create-user';
import { disableUser } from './actions/disable-user';
import type { IdentityKeys } from './identity-keys';
import { presentAdminUser, presentAuditEntry } from './present';
import { findAuditEntries, findUsers } from './queries';
import { requireStaffFor } from './require-staff';
import {
  ZAdminUser,
  ZAuditPage,
  ZAuditQuery,
  ZCreateUserInput,
  ZCreateUserResult,
  ZDisableUserInput,
  ZPageQuery,
  ZUserIdParams,
  ZUserPage,
} from './schema';
import { auditActorOf } from './staff-actor';

const tags = ['admin'];
const security = [{ session: [] }];
const pageWindow = (q: { page: number; pageSize: number }) => ({
  limit: q.pageSize,
  offset: (q.page - 1) * q.pageSize,
});

/** Account administration and the audit trail: admin only, every other role gets 403. */
export const adminRoutes: FastifyPluginAsyncZod<{ keys: IdentityKeys }> = async (app, { keys }) => {
  app.get(
    '/users',
    {
      schema: {
        tags,
        security,
        summary: 'List staff accounts',
        querystring: ZPageQuery,
        response: { 200: ZUserPage },
      },
    },
    async (request) => {
      await requireStaffFor(request, 'user.manage');
      const { rows, total } = await findUsers(app.ctx.db.pool, pageWindow(request.query));
      return {
        items: rows.map(presentAdminUser),
        page: request.query.page,
        pageSize: request.query.pageSize,
        total,
      };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        security,
        summary: 'Create a staff account (returns its initial password once)',
        body: ZCreateUserInput,
        response: { 201: ZCreateUserResult },
      },
    },
    async (request, reply) => {
      const actor = auditActorOf(await requireStaffFor(request, 'user.manage'));
      const { user, initialPassword } = await withTransaction(app.ctx.db.pool, (tx) =>
        createUser(tx, { actor, input: request.body, now: app.ctx.now(), keys }),
      );
      return reply.status(201).send({ user: presentAdminUser(user), initialPassword: initialPassword ?? '' });
    },
  );

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags,
        security,
        summary: 'Disable a staff account and end its sessions',
        params: ZUserIdParams,
        body: ZDisableUserInput,
        response: { 200: ZAdminUser },
      },
    },
    async (request) => {
      const actor = auditActorOf(await requireStaffFor(request, 'user.manage'));
      const input = { userId: request.params.id, reason: request.body.reason };
      const user = await withTransaction(app.ctx.db.pool, (tx) =>
        disableUser(tx, { actor, input, now: app.ctx.now() }),
      );
      return presentAdminUser(user);
    },
  );

  app.get(
    '/audit',
    {
      schema: {
        tags,
        security,
        summary: 'Read the audit trail, newest first',
        querystring: ZAuditQuery,
        response: { 200: ZAuditPage },
      },
    },
    async (request) => {
      await requireStaffFor(request, 'audit.read');
      const { page, pageSize, entityType, entityId } = request.query;
      const { rows, total } = await findAuditEntries(app.ctx.db.pool, {
        entityType,
        entityId,
        ...pageWindow(request.query),
      });
      return { items: rows.map(presentAuditEntry), page, pageSize, total };
    },
  );
};
