// Deadline notifications: the job's candidates and inserts, and each staff member's notification list.
import type { Queryable } from '../../../db/database';
import type { IsoDate } from '../../../platform/calendar';
import type { RoleScope } from '../../identity';
import type { DeadlineAlert } from '../deadline-alerts';
import { CASE_COLUMNS, CASE_FROM, type CaseRow } from './case-row';
import { binder, visibleTo } from './visible-to';

/**
 * Open cases, after `afterId`, whose deadline has passed or whose escalation day has come and that lack the
 * notification for it. Keyset-paged by id so a case that yields no alert is not fetched again.
 */
export async function findAlertCandidates(
  db: Queryable,
  today: IsoDate,
  afterId: string | null,
  limit: number,
): Promise<CaseRow[]> {
  const { rows } = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM}
      WHERE c.progress <> 'closed' AND c.due_on IS NOT NULL
        AND ($2::uuid IS NULL OR c.id > $2::uuid)
        AND ((c.due_on < $1 AND NOT EXISTS (SELECT 1 FROM case_notifications n WHERE n.case_id = c.id
               AND n.kind = 'overdue' AND n.due_on = c.due_on AND n.deadline_stage = c.deadline_stage))
          OR (c.escalate_on <= $1 AND NOT EXISTS (SELECT 1 FROM case_notifications n WHERE n.case_id = c.id
               AND n.kind = 'escalation' AND n.due_on = c.due_on AND n.deadline_stage = c.deadline_stage)))
      ORDER BY c.id LIMIT $3`,
    [today, afterId, limit],
  );
  return rows;
}

/** Records an alert once; returns its id, or null when it was already recorded (another node, a rerun). */
export async function insertNotification(
  tx: Queryable,
  caseId: string,
  state: string,
  alert: DeadlineAlert,
  now: Date,
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO case_notifications (case_id, kind, due_on, deadline_stage, case_state, recipient_roles, task,
       created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (case_id, kind, due_on, deadline_stage) DO NOTHING RETURNING id`,
    [caseId, alert.kind, alert.dueOn, alert.stage, state, alert.roles, alert.task, now],
  );
  return rows[0]?.id ?? null;
}

export interface NotificationRow {
  id: string;
  case_id: string;
  reference_number: string;
  kind: 'overdue' | 'escalation';
  due_on: IsoDate;
  case_state: string;
  task: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** The notifications addressed to the actor's role about cases the actor may see, newest first. */
export async function findNotificationsFor(
  db: Queryable,
  actor: RoleScope & { id: string },
  limit: number,
): Promise<{ rows: NotificationRow[]; unread: number }> {
  const params: unknown[] = [];
  const bind = binder(params);
  const from = `case_notifications n JOIN ${CASE_FROM} ON c.id = n.case_id
    LEFT JOIN case_notification_reads r ON r.notification_id = n.id AND r.user_id = ${bind(actor.id)}
    WHERE ${bind(actor.role)} = ANY(n.recipient_roles) AND ${visibleTo(actor, bind)}`;
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${from} AND r.read_at IS NULL`,
    params,
  );
  const { rows } = await db.query<NotificationRow>(
    `SELECT n.id, n.case_id, c.reference_number, n.kind, n.due_on, n.case_state, n.task, n.created_at, r.read_at
       FROM ${from} ORDER BY n.created_at DESC, n.id LIMIT ${bind(limit)}`,
    params,
  );
  return { rows, unread: count.rows[0]?.n ?? 0 };
}

/** Marks one notification read for the actor; false when it is not theirs to see. */
export async function markNotificationRead(
  tx: Queryable,
  actor: RoleScope & { id: string },
  id: string,
  now: Date,
): Promise<boolean> {
  const params: unknown[] = [];
  const bind = binder(params);
  const { rowCount } = await tx.query(
    `INSERT INTO case_notification_reads (notification_id, user_id, read_at)
     SELECT n.id, ${bind(actor.id)}, ${bind(now)} FROM case_notifications n JOIN ${CASE_FROM} ON c.id = n.case_id
      WHERE n.id = ${bind(id)} AND ${bind(actor.role)} = ANY(n.recipient_roles) AND ${visibleTo(actor, bind)}
     ON CONFLICT (notification_id, user_id) DO NOTHING`,
    params,
  );
  if ((rowCount ?? 0) > 0) return true;
  const { rows } = await tx.query(
    'SELECT 1 FROM case_notification_reads WHERE notification_id = $1 AND user_id = $2',
    [id, actor.id],
  );
  return rows.length > 0;
}
