// The deadline job's work (jobs.ts): record an "overdue" and an "escalation" notification for every open case
// whose deadline passed or whose escalation day came, once per deadline, with an audit entry each.
import { withTransaction } from '../../../db/database';
import type { Pool } from 'pg';
import { appendAudit } from '../../../platform/audit';
import { jakartaDate } from '../../../platform/calendar';
import { deadlineAlertsFor } from '../deadline-alerts';
import { findAlertCandidates, insertNotification } from '../queries';
import { deadlineOf } from '../snapshot-of-row';

/** Cases per transaction: small enough to keep row locks and the audit head short-lived. */
const BATCH = 500;
const SYSTEM = { id: null, label: 'system:cases.raise-deadline-alerts' };

export interface DeadlineAlertRun {
  casesScanned: number;
  overdue: number;
  escalation: number;
}

export async function raiseDeadlineAlerts(pool: Pool, now: Date): Promise<DeadlineAlertRun> {
  const today = jakartaDate(now);
  const run: DeadlineAlertRun = { casesScanned: 0, overdue: 0, escalation: 0 };
  let afterId: string | null = null;
  for (;;) {
    const batch = await findAlertCandidates(pool, today, afterId, BATCH);
    if (batch.length === 0) return run;
    afterId = batch[batch.length - 1]?.id ?? null;
    run.casesScanned += batch.length;
    await withTransaction(pool, async (tx) => {
      for (const row of batch) {
        const alerts = deadlineAlertsFor(
          {
            state: row.state,
            deadline: deadlineOf(row),
            agencyKind: row.agency_kind,
            ppkConflicted: row.ppk_conflicted,
          },
          today,
        );
        for (const alert of alerts) {
          const id = await insertNotification(tx, row.id, row.state, alert, now);
          if (id === null) continue;
          run[alert.kind] += 1;
          await appendAudit(tx, SYSTEM, {
            action: `case.deadline_${alert.kind}`,
            entityType: 'case',
            entityId: row.id,
            data: {
              notificationId: id,
              dueOn: alert.dueOn,
              stage: alert.stage,
              roles: alert.roles,
              task: alert.task,
            },
          });
        }
      }
    });
  }
}
