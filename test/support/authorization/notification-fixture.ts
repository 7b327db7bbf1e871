// Deadline notifications about the fixture cases, raised by the real deadline job with the clock moved past every
// deadline. Which roles a notification addresses is the job's decision (deadline-alerts.ts); who may read it is
// the matrix's: an addressed role that also sees the case (case-fixture.ts SEEN_BY).
import type { FastifyInstance } from 'fastify';
import { raiseDeadlineAlerts } from '../../../src/modules/cases/actions/raise-deadline-alerts';
import type { StaffRole } from '../../../src/modules/identity';
import type { KnownCase } from './case-fixture';

export interface KnownNotification {
  id: string;
  case: KnownCase;
  kind: string;
  recipients: readonly StaffRole[];
}

/** Mon 2 Dec 2024: past the due and escalation days of every deadline the fixture cases carry. */
const AFTER_EVERY_DEADLINE = new Date('2024-12-02T03:00:00Z');

export async function raiseFixtureNotifications(
  app: FastifyInstance,
  cases: readonly KnownCase[],
): Promise<KnownNotification[]> {
  await raiseDeadlineAlerts(app.ctx.db.pool, AFTER_EVERY_DEADLINE);
  const { rows } = await app.ctx.db.pool.query<{
    id: string;
    case_id: string;
    kind: string;
    recipient_roles: StaffRole[];
  }>('SELECT id, case_id, kind, recipient_roles FROM case_notifications ORDER BY case_id, kind');
  return rows.map((r) => {
    const c = cases.find((x) => x.id === r.case_id);
    if (!c) throw new Error(`notification ${r.id} is about a case the matrix does not know`);
    return { id: r.id, case: c, kind: r.kind, recipients: r.recipient_roles };
  });
}

export function isAddressedTo(n: KnownNotification, role: StaffRole | null): boolean {
  return role !== null && n.recipients.includes(role) && n.case.seenBy.includes(role);
}
