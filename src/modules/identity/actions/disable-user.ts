import type { Queryable } from '../../../db/database';
import { appendAudit, type Actor } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { deleteSessionsOfUser, getUserById, markUserDisabled, type StaffUserRow } from '../queries';

/** Disables an account and ends its sessions at once (every node reads sessions from the database). */
export async function disableUser(
  tx: Queryable,
  ctx: { actor: Actor; input: { userId: string; reason: string }; now: Date },
): Promise<StaffUserRow> {
  const { userId, reason } = ctx.input;
  // An admin who disables themselves may leave nobody able to manage accounts.
  if (ctx.actor.id === userId) {
    throw new AppError('CONFLICT', {
      params: { reason: 'own account' },
      message: 'You cannot disable your own account.',
    });
  }
  const current = await getUserById(tx, userId, { lock: true });
  if (!current) throw new AppError('NOT_FOUND', { message: 'No such user.' });
  const user = await markUserDisabled(tx, userId, reason, ctx.now);
  if (!user) {
    throw new AppError('CONFLICT', {
      params: { reason: 'already disabled' },
      message: `${current.email} is already disabled.`,
    });
  }
  await deleteSessionsOfUser(tx, userId);
  await appendAudit(
    tx,
    ctx.actor,
    { action: 'identity.user.disabled', entityType: 'staff_user', entityId: userId, data: { reason } },
    ctx.now,
  );
  return user;
}
