// The deadline job on the database: notifications once per deadline, audited, read through the case's access
// filter; and the job itself running on pg-boss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit';
import { startJobQueue } from '../../platform/jobs/job-queue';
import { CASE_TEST_NOW } from '../../../test/support/case-factory';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK, type Desks } from '../../../test/support/case-driver';
import { signInAs } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { raiseDeadlineAlerts } from './actions/raise-deadline-alerts';
import type { NotificationList } from './case-api-schema';
import { caseJobs, RAISE_DEADLINE_ALERTS_JOB } from './jobs';

let t: TestApp;
let desks: Desks;
let clock = CASE_TEST_NOW;
let late: CaseDriver;
const AFTER_DUE = new Date('2024-11-15T03:00:00Z'); // the PPK's follow-up was due 14 Nov

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  desks = await createDesks(t.app);
  late = await CaseDriver.create(t.db.pool, desks);
  await late.walk(PATH_TO_AWAITING_PPK);
  // A case still at Bawaslu on the same day: registered 4 Nov, handling due 7 Nov.
  await (await CaseDriver.create(t.db.pool, desks)).walk(PATH_TO_AWAITING_PPK.slice(0, 1));
});
afterAll(async () => {
  await t?.destroy();
});

async function notifications(caseId: string) {
  const { rows } = await t.db.pool.query<{ kind: string; recipient_roles: string[]; task: string | null }>(
    'SELECT kind, recipient_roles, task FROM case_notifications WHERE case_id = $1 ORDER BY kind',
    [caseId],
  );
  return rows;
}

describe('raiseDeadlineAlerts', () => {
  it('records nothing before a deadline passes', async () => {
    expect(await raiseDeadlineAlerts(t.db.pool, CASE_TEST_NOW)).toMatchObject({ overdue: 0, escalation: 0 });
  });

  it('notifies the PPK and BKN once per deadline, with an audit entry each, however often it runs', async () => {
    const first = await raiseDeadlineAlerts(t.db.pool, AFTER_DUE);
    // The PPK case (overdue + escalation) and the Bawaslu case (overdue + its escalation on 12 Nov).
    expect(first).toMatchObject({ overdue: 2, escalation: 2 });
    expect(await notifications(late.id)).toEqual([
      { kind: 'escalation', recipient_roles: ['bkn_analis', 'bkn_pejabat'], task: 'issue_warning' },
      { kind: 'overdue', recipient_roles: ['ppk_staf'], task: null },
    ]);
    expect(await raiseDeadlineAlerts(t.db.pool, AFTER_DUE)).toMatchObject({ overdue: 0, escalation: 0 });
    const audit = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action LIKE 'case.deadline_%'`,
      [late.id],
    );
    expect(audit.rows[0]?.n).toBe(2);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  });

  it('notifies again when the case moves on to a new deadline that also passes', async () => {
    await late.step('analis', 'issue_warning', AFTER_DUE);
    expect(await raiseDeadlineAlerts(t.db.pool, new Date('2024-11-19T03:00:00Z'))).toMatchObject({
      overdue: 1,
      escalation: 1,
    });
  });
});

describe('GET /api/notifications', () => {
  it('shows a notification to its role in scope only, and marks it read for that person', async () => {
    clock = AFTER_DUE;
    const ppk = await signInAs(t.app, 'ppk_staf', { agencyCode: 'pemda-33.03' });
    const otherPpk = await signInAs(t.app, 'ppk_staf', { agencyCode: 'pemda-33.01' });
    const list = async (s: typeof ppk) =>
      (await t.app.inject({ url: '/api/notifications', headers: s.headers })).json<NotificationList>();

    const mine = await list(ppk);
    expect(mine.items.map((n) => [n.kind, n.caseId])).toContainEqual(['overdue', late.id]);
    expect(mine.unread).toBe(mine.items.length);
    expect((await list(otherPpk)).items).toEqual([]);

    const id = mine.items[0]?.id ?? '';
    const notYours = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${id}/read`,
      headers: otherPpk.headers,
    });
    expect(notYours.statusCode).toBe(404);
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${id}/read`,
      headers: ppk.headers,
    });
    expect(read.statusCode).toBe(204);
    const after = await list(ppk);
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items.find((n) => n.id === id)?.readAt).not.toBeNull();
  });
});

describe('the deadline job on pg-boss', () => {
  it('runs when queued and records the alerts of the day', async () => {
    const created = await CaseDriver.create(t.db.pool, desks);
    await created.walk(PATH_TO_AWAITING_PPK);
    const queue = await startJobQueue(
      t.db.pool,
      caseJobs(t.db.pool, () => AFTER_DUE),
      {
        pollingIntervalSeconds: 0.5,
      },
    );
    try {
      await queue.runNow(RAISE_DEADLINE_ALERTS_JOB);
      const deadline = Date.now() + 20_000;
      while ((await notifications(created.id)).length < 2 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      expect((await notifications(created.id)).map((n) => n.kind)).toEqual(['escalation', 'overdue']);
    } finally {
      await queue.stop();
    }
  }, 40_000);
});
