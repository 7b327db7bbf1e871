import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit';
import { CASE_TEST_NOW, createCaseAs, getCase, stepOk } from '../../../test/support/case-factory';
import { signInAs, type StaffSession } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import type { CaseDetail } from './case-api-schema';
import type { DeadlineRuleList, DeadlineRuleView } from './deadline-rule-api-schema';

let t: TestApp;
let admin: StaffSession;
let staf: StaffSession;
let pimpinan: StaffSession;

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  admin = await signInAs(t.app, 'admin');
  staf = await signInAs(t.app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.03' });
  pimpinan = await signInAs(t.app, 'bawaslu_pimpinan', { bawasluLevel: 'kabkota', regionCode: '33.03' });
});
afterAll(async () => {
  await t?.destroy();
});

const URL = '/api/admin/deadline-rules';
const REASON = 'Surat Kemendagri 2024: PPK menindaklanjuti dalam 14 hari kerja';

function put(who: StaffSession, id: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'PUT', url: `${URL}/${id}`, headers: who.headers, payload: body });
}
async function rules(who: StaffSession = admin): Promise<DeadlineRuleView[]> {
  const res = await t.app.inject({ method: 'GET', url: URL, headers: { cookie: who.headers.cookie ?? '' } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DeadlineRuleList>().items;
}
const ruleOf = async (id: string) => (await rules()).find((r) => r.id === id);
/** Rows a refused edit must not add to. */
async function counts(): Promise<{ edits: number; audit: number }> {
  const { rows } = await t.db.pool.query<{ edits: number; audit: number }>(
    `SELECT (SELECT count(*) FROM deadline_rule_edits)::int AS edits, (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return rows[0] ?? { edits: -1, audit: -1 };
}
const fieldsOf = (body: { error?: { fields?: { path: string; message: string }[] } }) =>
  body.error?.fields?.map((f) => f.path) ?? [];

/** A Pilkada temuan walked to forwarded_to_bkn: the step that starts pilkada.bkn_follow_up. */
async function forwardedCase(): Promise<CaseDetail> {
  let c = await createCaseAs(t.app, staf);
  for (const action of ['register_case', 'start_assessment', 'submit_to_plenary'] as const)
    c = await stepOk(t.app, staf, c, action);
  return stepOk(t.app, pimpinan, c, 'forward_to_bkn');
}

describe('deadline rules API', () => {
  it('shows every staff role each rule with its values in force, shipped values, confidence and history', async () => {
    const items = await rules(staf);
    expect(items).toHaveLength(18);
    expect(items.find((r) => r.id === 'pemilu.filing_window')).toMatchObject({
      count: 'working',
      days: 7,
      confidence: 'verified',
      editable: false,
      shipped: { days: 7, count: 'working', escalateAfterDays: null },
      edited: false,
      history: [],
    });
    const anonymous = await t.app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets an admin change an unverified rule, with an audit entry holding the values before and after', async () => {
    const res = await put(admin, 'pilkada.ppk_warning', {
      days: 5,
      count: 'working',
      escalateAfterDays: 2,
      reason: REASON,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: 'pilkada.ppk_warning',
      days: 5,
      count: 'working',
      escalateAfterDays: 2,
      confidence: 'unverified',
      shipped: { days: 3, count: 'calendar', escalateAfterDays: 1 },
      edited: true,
      history: [{ days: 5, count: 'working', reason: REASON, editedBy: { id: admin.user.id } }],
    });
    const audit = await admin.browser.get(
      '/api/admin/audit?entityType=deadline_rule&entityId=pilkada.ppk_warning',
    );
    const entries = audit.json<{ items: { action: string; data: Record<string, unknown> }[] }>().items;
    expect(entries.map((e) => e.action)).toEqual(['deadline_rule.updated']);
    expect(entries[0]?.data).toMatchObject({
      from: { days: 3, count: 'calendar', escalateAfterDays: 1 },
      to: { days: 5, count: 'working', escalateAfterDays: 2 },
      reason: REASON,
    });
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  });

  it('refuses a non-admin with 403 and stores nothing', async () => {
    const before = await counts();
    const res = await put(pimpinan, 'pilkada.ppk_follow_up', {
      days: 20,
      count: 'calendar',
      escalateAfterDays: 1,
      reason: REASON,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses to change a verified period with 400 naming the rule, and stores nothing', async () => {
    const before = await counts();
    const res = await put(admin, 'pemilu.filing_window', {
      days: 14,
      count: 'working',
      escalateAfterDays: null,
      reason: REASON,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'params.id' }] },
    });
    expect(res.body).toContain('pemilu.filing_window');
    expect(await counts()).toEqual(before);
  });

  it('answers 404 for an unknown rule', async () => {
    const res = await put(admin, 'pilkada.coffee_break', {
      days: 5,
      count: 'calendar',
      escalateAfterDays: null,
      reason: REASON,
    });
    expect(res.statusCode).toBe(404);
  });

  it.each([
    ['zero days', { days: 0 }, 'body.days'],
    ['more than a year', { days: 400 }, 'body.days'],
    ['a fraction of a day', { days: 1.5 }, 'body.days'],
    ['an unknown count', { count: 'lunar' }, 'body.count'],
    ['a missing escalation field', { escalateAfterDays: undefined }, 'body.escalateAfterDays'],
    ['no reason', { reason: undefined }, 'body.reason'],
    ['a reason too short to say anything', { reason: '   ok   ' }, 'body.reason'],
    ['a NUL in the reason', { reason: `${REASON}\0` }, 'body.reason'],
    ['an unknown field', { confidence: 'verified' }, 'body'],
  ])('refuses %s with 400 naming the field', async (_name, over, field) => {
    const before = await counts();
    const body = { days: 5, count: 'calendar', escalateAfterDays: 1, reason: REASON, ...over };
    const res = await put(admin, 'pilkada.ppk_follow_up', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res.json())).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('starts deadlines after an edit with the new period and leaves deadlines already started as stored', async () => {
    const earlier = await forwardedCase();
    // Shipped: 14 calendar days from Mon 4 Nov 2024, escalation 3 days later.
    expect(earlier.deadline).toMatchObject({
      ruleId: 'pilkada.bkn_follow_up',
      dueOn: '2024-11-18',
      escalateOn: '2024-11-21',
    });

    const res = await put(admin, 'pilkada.bkn_follow_up', {
      days: 20,
      count: 'calendar',
      escalateAfterDays: 2,
      reason: 'SKB 2022 Lampiran I dibaca: 20 hari',
    });
    expect(res.statusCode, res.body).toBe(200);

    const later = await forwardedCase();
    expect(later.deadline).toMatchObject({
      ruleId: 'pilkada.bkn_follow_up',
      startedOn: '2024-11-04',
      dueOn: '2024-11-24',
      escalateOn: '2024-11-26',
    });
    const stored = (await getCase(t.app, staf, earlier.id)).json<CaseDetail>();
    expect(stored.deadline).toMatchObject({ dueOn: '2024-11-18', escalateOn: '2024-11-21' });
  });

  it('keeps every edit in the history, newest first, and the latest in force', async () => {
    for (const days of [11, 12]) {
      const res = await put(admin, 'pemilu.ppk_follow_up', {
        days,
        count: 'calendar',
        escalateAfterDays: 1,
        reason: `${REASON} (${days})`,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const rule = await ruleOf('pemilu.ppk_follow_up');
    expect(rule?.days).toBe(12);
    expect(rule?.history.map((h) => h.days)).toEqual([12, 11]);
    expect(rule?.history[0]?.editedAt).toBe(CASE_TEST_NOW.toISOString());
  });

  it('keeps the edit history append-only in the database', async () => {
    await expect(t.db.pool.query('UPDATE deadline_rule_edits SET days = 1')).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('DELETE FROM deadline_rule_edits')).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('TRUNCATE deadline_rule_edits')).rejects.toThrow(/append-only/);
  });
});
