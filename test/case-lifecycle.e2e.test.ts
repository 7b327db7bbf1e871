// Issue 4 acceptance, API half: a temuan is registered, clarified, decided in pleno, forwarded, verified,
// recommended (proven, sanksi sedang), left overdue by the PPK → warning → blocked → decree → unblocked → closed;
// the timeline shows every step, the deadline alerts were raised, and the audit chain verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDeadlineAlerts } from '../src/modules/cases';
import type { CaseDetail, NotificationList } from '../src/modules/cases';
import { VALID_INPUTS } from '../src/modules/cases/workflow-test-fixtures';
import { verifyAuditChain } from '../src/platform/audit';
import { CASE_TEST_NOW, createCaseAs, getCase, stepOk } from './support/case-factory';
import { signInAs, type StaffSession } from './support/staff-session';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let clock = CASE_TEST_NOW;
const at = (day: string) => new Date(`${day}T03:00:00Z`);

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
});
afterAll(async () => {
  await t?.destroy();
});

describe('a case from temuan to closed sanction, through the API', () => {
  it('walks every desk, escalates a late PPK, and keeps a complete timeline and audit chain', async () => {
    const kab = { bawasluLevel: 'kabkota', regionCode: '33.03' };
    const sign = async () => ({
      staf: await signInAs(t.app, 'bawaslu_staf', kab),
      pimpinan: await signInAs(t.app, 'bawaslu_pimpinan', kab),
      analis: await signInAs(t.app, 'bkn_analis', { bknOffice: 'kanreg-1' }),
      pejabat: await signInAs(t.app, 'bkn_pejabat', { bknOffice: 'pusat' }),
      ppk: await signInAs(t.app, 'ppk_staf', { agencyCode: 'pemda-33.03' }),
    });
    let who = await sign();
    const step = (
      s: StaffSession,
      c: CaseDetail,
      action: keyof typeof VALID_INPUTS,
      input?: Record<string, unknown>,
    ) => stepOk(t.app, s, c, action, input);

    let c = await createCaseAs(t.app, who.staf);
    c = await step(who.staf, c, 'register_case');
    c = await step(who.staf, c, 'start_clarification');
    c = await step(who.staf, c, 'record_statement');
    c = await step(who.staf, c, 'complete_clarification');
    c = await step(who.staf, c, 'submit_to_plenary');
    c = await step(who.pimpinan, c, 'forward_to_bkn');
    c = await step(who.analis, c, 'start_verification');
    c = await step(who.analis, c, 'submit_recommendation_draft');
    c = await step(who.pejabat, c, 'recommend_proven', {
      ...VALID_INPUTS.recommend_proven,
      sanctionLevel: 'moderate',
    });
    expect(c).toMatchObject({ state: 'awaiting_ppk', deadline: { dueOn: '2024-11-14' } });

    // The PPK lets the deadline pass: the job raises the alerts, BKN warns, proposes and blocks.
    clock = at('2024-11-15');
    who = await sign();
    expect(await raiseDeadlineAlerts(t.db.pool, clock)).toMatchObject({ overdue: 1, escalation: 1 });
    const ppkAlerts = (
      await t.app.inject({ url: '/api/notifications', headers: who.ppk.headers })
    ).json<NotificationList>();
    expect(ppkAlerts.items.map((n) => [n.kind, n.caseId])).toEqual([['overdue', c.id]]);
    c = await step(who.analis, c, 'issue_warning');
    clock = at('2024-11-19');
    who = await sign();
    c = await step(who.analis, c, 'propose_blocking');
    c = await step(who.pejabat, c, 'block_data');
    expect(c.state).toBe('blocked');

    // The decree comes; BKN unblocks; the case is closed as sanctioned.
    clock = at('2024-11-21');
    who = await sign();
    c = await step(who.ppk, c, 'submit_decree_for_unblocking', {
      ...VALID_INPUTS.submit_decree_for_unblocking,
      sanctionLevel: 'moderate',
    });
    c = await step(who.pejabat, c, 'unblock_data');
    expect(c).toMatchObject({
      state: 'sanctioned',
      progress: 'closed',
      outcome: 'sanctioned',
      deadline: null,
    });

    const timeline = (await getCase(t.app, who.staf, c.id)).json<CaseDetail>();
    expect(timeline.events.map((e) => e.action)).toEqual([
      'create_finding',
      'register_case',
      'start_clarification',
      'record_statement',
      'complete_clarification',
      'submit_to_plenary',
      'forward_to_bkn',
      'start_verification',
      'submit_recommendation_draft',
      'recommend_proven',
      'issue_warning',
      'propose_blocking',
      'block_data',
      'submit_decree_for_unblocking',
      'unblock_data',
    ]);
    expect(timeline.events.map((e) => e.version)).toEqual(timeline.events.map((_, i) => i + 1));
    expect(timeline.documents.length).toBeGreaterThan(5);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  }, 120_000);
});
