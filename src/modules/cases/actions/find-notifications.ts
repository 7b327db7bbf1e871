// The caller's deadline notifications (raised by the deadline job) and marking one read.
import type { Queryable } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import type { StaffActor } from '../../identity';
import type { NotificationList } from '../case-api-schema';
import { findNotificationsFor, markNotificationRead } from '../queries';
import type { CaseActionId } from '../schema';
import type { CaseState } from '../states';

export async function findNotifications(db: Queryable, actor: StaffActor): Promise<NotificationList> {
  const { rows, unread } = await findNotificationsFor(db, actor, 50);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      referenceNumber: r.reference_number,
      kind: r.kind,
      dueOn: r.due_on,
      caseState: r.case_state as CaseState,
      task: r.task as CaseActionId | null,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
    })),
  };
}

/** NOT_FOUND for a notification that is not the caller's (its existence must not leak, like its case). */
export async function readNotification(
  tx: Queryable,
  actor: StaffActor,
  id: string,
  now: Date,
): Promise<void> {
  if (!(await markNotificationRead(tx, actor, id, now))) throw new AppError('NOT_FOUND');
}
