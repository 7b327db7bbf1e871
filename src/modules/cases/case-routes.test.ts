import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database';
import { verifyAuditChain } from '../../platform/audit';
import type { StaffActor } from '../identity';
import {
  actOn,
  CASE_TEST_NOW,
  createCaseAs,
  findingBody,
  getCase,
  stepOk,
} from '../../../test/support/case-factory';
import { signInAs, type StaffSession } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { transitionCase } from './actions/transition-case';
import type { CaseDetail } from './case-api-schema';
import { VALID_INPUTS } from './workflow-test-fixtures';

let t: TestApp;
let staf: StaffSession;
let pimpinan: StaffSession;
let analis: StaffSession;
let pejabat: StaffSession;
let ppk: StaffSession;
let otherKab: StaffSession;

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  staf = await signInAs(t.app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.03' });
  pimpinan = await signInAs(t.app, 'bawaslu_pimpinan', { bawasluLevel: 'kabkota', regionCode: '33.03' });
  analis = await signInAs(t.app, 'bkn_analis', { bknOffice: 'kanreg-1' });
  pejabat = await signInAs(t.app, 'bkn_pejabat', { bknOffice: 'pusat' });
  ppk = await signInAs(t.app, 'ppk_staf', { agencyCode: 'pemda-33.03' });
  otherKab = await signInAs(t.app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.01' });
});
afterAll(async () => {
  await t?.destroy();
});

const step = (
  session: StaffSession,
  c: CaseDetail,
  action: keyof typeof VALID_INPUTS,
  input?: Record<string, unknown>,
) => stepOk(t.app, session, c, action, input);

/** A refused step leaves no trace: same version, no new event. */
async function expectUnchanged(c: CaseDetail): Promise<void> {
  const now = (await getCase(t.app, staf, c.id)).json<CaseDetail>();
  expect(now.version).toBe(c.version);
  expect(now.events).toHaveLength(c.events.length);
}

function actorOf(s: StaffSession): StaffActor {
  return { ...s.user, isDemo: false, locale: null };
}

describe('cases API', () => {
  it('takes a Pilkada 2024 temuan from intake to a sanction decree, with deadlines and an intact audit chain', async () => {
    let c = await createCaseAs(t.app, staf);
    expect(c.referenceNumber).toMatch(/^NTR-2024-\d{6}$/);
    expect(c).toMatchObject({ state: 'received', progress: 'intake', version: 1, deadline: null });
    expect(c.phaseCode).toBe('campaign');
    expect(c.campaignRelation).toBe('campaign');
    expect(c.abilities).toContain('register_case');

    c = await step(staf, c, 'register_case');
    // Pilkada: Bawaslu handles within 3 (calendar) days of registration, escalation a day later.
    expect(c.state).toBe('registered');
    expect(c.deadline).toMatchObject({
      ruleId: 'pilkada.bawaslu_handling',
      startedOn: '2024-11-04',
      dueOn: '2024-11-07',
      escalateOn: '2024-11-08',
      overdue: false,
    });
    c = await step(staf, c, 'start_clarification');
    c = await step(staf, c, 'record_statement');
    expect(c.state).toBe('clarification');
    c = await step(staf, c, 'complete_clarification');
    c = await step(staf, c, 'submit_to_plenary');
    expect(c.state).toBe('plenary');
    expect((await getCase(t.app, ppk, c.id)).statusCode).toBe(404);

    c = await step(pimpinan, c, 'forward_to_bkn');
    expect(c.state).toBe('forwarded_to_bkn');
    expect(c.deadline).toMatchObject({
      ruleId: 'pilkada.bkn_follow_up',
      dueOn: '2024-11-18',
      escalateOn: '2024-11-21',
    });

    c = await step(analis, c, 'start_verification');
    expect(c.deadline).toMatchObject({ ruleId: 'pilkada.satgas_verification', dueOn: '2024-11-11' });
    c = await step(analis, c, 'submit_recommendation_draft');
    expect(c.state).toBe('recommendation');
    expect((await getCase(t.app, ppk, c.id)).statusCode).toBe(404);

    c = await step(pejabat, c, 'recommend_proven');
    expect(c.state).toBe('awaiting_ppk');
    expect(c.deadline).toMatchObject({
      ruleId: 'pilkada.ppk_follow_up',
      dueOn: '2024-11-14',
      escalateOn: '2024-11-15',
    });

    const ppkInbox = await t.app.inject({ method: 'GET', url: '/api/cases', headers: ppk.headers });
    expect(ppkInbox.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([c.id]);
    const seenByPpk = await getCase(t.app, ppk, c.id);
    expect(seenByPpk.statusCode).toBe(200);
    expect(seenByPpk.json<CaseDetail>().abilities).toEqual(
      expect.arrayContaining(['acknowledge_recommendation', 'record_sanction_decree']),
    );
    c = await step(ppk, c, 'acknowledge_recommendation');
    expect(c.state).toBe('ppk_examination');
    c = await step(ppk, c, 'record_sanction_decree');
    expect(c).toMatchObject({
      state: 'sanctioned',
      progress: 'closed',
      outcome: 'sanctioned',
      deadline: null,
    });
    expect(c.version).toBe(12);
    expect(c.events.map((e) => e.action)).toEqual([
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
      'acknowledge_recommendation',
      'record_sanction_decree',
    ]);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  });

  it('asks for a reason when BKN recommends another sanction than Netra proposes, and flags it', async () => {
    let c = await createCaseAs(t.app, staf);
    for (const [who, action] of [
      [staf, 'register_case'],
      [staf, 'start_assessment'],
      [staf, 'submit_to_plenary'],
      [pimpinan, 'forward_to_bkn'],
      [analis, 'start_verification'],
      [analis, 'submit_recommendation_draft'],
    ] as const) {
      c = await step(who, c, action);
    }
    // PP 94/2021: joining a campaign (pp94-5n-1) is a moderate violation for a PNS; "severe" deviates.
    const severe = {
      ...VALID_INPUTS.recommend_proven,
      sanctionLevel: 'severe',
      sanctionTypeCodes: ['pp94-b1'],
    };
    const refused = await actOn(t.app, pejabat, c, 'recommend_proven', severe);
    expect(refused.statusCode).toBe(400);
    expect(
      refused.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toContain('body.input.deviationReason');
    c = await step(pejabat, c, 'recommend_proven', { ...severe, deviationReason: 'Dilakukan berulang kali' });
    expect(c.events.at(-1)?.flags).toEqual(['sanction_differs_from_proposal']);
  });

  it('documents the case routes in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/api/cases/'] ?? doc.paths['/api/cases'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(doc.paths['/api/cases/{id}']?.get).toBeDefined();
    expect(doc.paths['/api/cases/{id}/actions/{action}']?.post).toBeDefined();
  });

  it('refuses an action that does not leave the current state with 409 and the allowed list', async () => {
    const c = await createCaseAs(t.app, staf);
    const res = await actOn(t.app, staf, c, 'forward_to_bkn');
    expect(res.statusCode).toBe(409);
    const error = res.json<{ error: { code: string; allowed: string[] } }>().error;
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.allowed).toEqual(expect.arrayContaining(['register_case', 'reject_formal']));
  });

  it('refuses a role that may see the case but not take the step with 403', async () => {
    const c = await createCaseAs(t.app, staf);
    const res = await actOn(t.app, analis, c, 'register_case');
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    await expectUnchanged(c);
  });

  it('answers 404 to Bawaslu staff of another kabupaten, on read, on action and in the inbox', async () => {
    const c = await createCaseAs(t.app, staf);
    expect((await getCase(t.app, otherKab, c.id)).statusCode).toBe(404);
    expect((await actOn(t.app, otherKab, c, 'register_case')).statusCode).toBe(404);
    await expectUnchanged(c);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/cases', headers: otherKab.headers });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(c.id);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/cases?state=received&pageSize=100',
      headers: staf.headers,
    });
    expect(mine.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(c.id);
  });

  it('refuses a step taken on an older version with 409 STALE_VERSION', async () => {
    const c = await createCaseAs(t.app, staf);
    await step(staf, c, 'register_case');
    const res = await actOn(t.app, staf, c, 'start_clarification');
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('STALE_VERSION');
  });

  it('lets exactly one of two concurrent steps on the same version win', async () => {
    const c = await createCaseAs(t.app, staf);
    const actor = actorOf(staf);
    const attempt = (action: 'register_case' | 'reject_formal') =>
      withTransaction(t.db.pool, (tx) =>
        transitionCase(tx, {
          actor,
          caseId: c.id,
          action,
          input: VALID_INPUTS[action],
          expectedVersion: 1,
          now: CASE_TEST_NOW,
        }),
      );
    const results = await Promise.allSettled([attempt('register_case'), attempt('reject_formal')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'STALE_VERSION' });
    const after = (await getCase(t.app, staf, c.id)).json<CaseDetail>();
    expect(after.version).toBe(2);
    expect(after.events).toHaveLength(2);
  });

  it('lets exactly one of six steps racing on the pool win (as the route runs them), with one audit row', async () => {
    const c = await createCaseAs(t.app, staf);
    const actor = actorOf(staf);
    const auditRows = async () =>
      (
        await t.db.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action LIKE 'case.%'`,
          [c.id],
        )
      ).rows[0]?.n ?? 0;
    const before = await auditRows();
    const actions = ['register_case', 'reject_formal'] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        transitionCase(t.db.pool, {
          actor,
          caseId: c.id,
          action: actions[i % 2]!,
          input: VALID_INPUTS[actions[i % 2]!],
          expectedVersion: 1,
          now: CASE_TEST_NOW,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect(r.reason).toMatchObject({
        code: 'STALE_VERSION',
        details: { currentVersion: 2 },
      });
    expect(await auditRows()).toBe(before + 1);
    expect((await getCase(t.app, staf, c.id)).json<CaseDetail>().events).toHaveLength(2);
    expect((await verifyAuditChain(t.db.pool)).ok).toBe(true);
  });

  it('answers 400 naming the field for a bad finding and for a bad action input', async () => {
    const bad = findingBody({
      subjects: [{ ...(findingBody().subjects as object[])[0], jabatanClass: 'kepala' }],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: staf.headers,
      payload: bad,
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(paths.some((p) => p.includes('subjects.0.jabatanClass'))).toBe(true);

    const c = await createCaseAs(t.app, staf);
    const action = await actOn(t.app, staf, c, 'register_case', {
      formalRequirementsMet: true,
      materialRequirementsMet: true,
    });
    expect(action.statusCode).toBe(400);
    expect(
      action.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toContain('body.input.registrationNumber');
  });

  it('refuses a finding in an unknown election or outside the staff member’s area', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: staf.headers,
      payload: findingBody({ electionId: 'pilkada-2099' }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      unknown.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toContain('body.electionId');
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: otherKab.headers,
      payload: findingBody(),
    });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/cases' });
    expect(res.statusCode).toBe(401);
  });

  it('refuses an inbox page larger than 100 and unknown query parameters', async () => {
    for (const qs of ['pageSize=101', 'colour=red', 'overdue=maybe']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/cases?${qs}`, headers: staf.headers });
      expect(res.statusCode, qs).toBe(400);
    }
  });
});
