// transitionCase on the database: the late-PPK escalation (warning, blocking in SIASN, unblocking on a decree)
// and a conflicted PPK's follow-up by the supervisor, with the clock moved between steps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database';
import { verifyAuditChain } from '../../platform/audit';
import { AppError } from '../../platform/errors/app-error';
import { CASE_TEST_NOW, findingBody } from '../../../test/support/case-factory';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK, type Desks } from '../../../test/support/case-driver';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { createIntake } from './actions/create-intake';
import { ZCreateIntakeInput } from './case-api-schema';
import { VALID_INPUTS } from './workflow-test-fixtures';

let t: TestApp;
let desks: Desks;

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  desks = await createDesks(t.app);
});
afterAll(async () => {
  await t?.destroy();
});

/** Jakarta 10:00 on `day`. */
const at = (day: string) => new Date(`${day}T03:00:00Z`);

async function caseAwaitingPpk(): Promise<CaseDriver> {
  const c = await CaseDriver.create(t.db.pool, desks);
  await c.walk(PATH_TO_AWAITING_PPK.slice(0, -1));
  const rec = await c.step('pejabat', 'recommend_proven');
  expect(rec.deadline).toMatchObject({ ruleId: 'pilkada.ppk_follow_up', dueOn: '2024-11-14' });
  return c;
}

describe('transitionCase', () => {
  it('escalates a late PPK: warning only once overdue, blocking, and unblocking on the decree', async () => {
    const c = await caseAwaitingPpk();
    await expect(c.step('analis', 'issue_warning', at('2024-11-14'))).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'overdue' },
    });
    const warned = await c.step('analis', 'issue_warning', at('2024-11-15'));
    // Pilkada: the PPK gets 3 more (calendar) days after BKN's warning.
    expect(warned).toMatchObject({
      to: 'warned',
      deadline: { dueOn: '2024-11-18', escalateOn: '2024-11-19' },
    });

    const proposed = await c.step('analis', 'propose_blocking', at('2024-11-19'));
    // 5 working days from Tue 19 Nov: 26 Nov; the escalation skips the Pilkada voting holiday (27 Nov).
    expect(proposed).toMatchObject({
      to: 'blocking_proposed',
      deadline: { ruleId: 'pilkada.blocking_decision', dueOn: '2024-11-26', escalateOn: '2024-11-29' },
    });
    expect(await c.step('pejabat', 'block_data', at('2024-11-20'))).toMatchObject({
      to: 'blocked',
      deadline: null,
    });

    const decree = {
      ...VALID_INPUTS.submit_decree_for_unblocking,
      sanctionLevel: 'light',
      sanctionTypeCodes: ['pp94-r1'],
    };
    const submitted = await c.step('ppk', 'submit_decree_for_unblocking', at('2024-11-21'), decree);
    expect(submitted).toMatchObject({
      to: 'decree_submitted',
      flags: ['decree_differs_from_recommendation'],
    });
    expect(await c.step('pejabat', 'unblock_data', at('2024-11-22'))).toMatchObject({ to: 'sanctioned' });

    const { rows } = await t.db.pool.query<{ state: string; outcome: string; version: number }>(
      'SELECT state, outcome, version FROM cases WHERE id = $1',
      [c.id],
    );
    expect(rows[0]).toEqual({ state: 'sanctioned', outcome: 'sanctioned', version: c.version });
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  });

  it('hands a conflicted PPK’s follow-up to Kemendagri and flags it', async () => {
    const c = await caseAwaitingPpk();
    await c.step('analis', 'mark_ppk_conflicted');
    await expect(c.step('ppk', 'record_sanction_decree')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const done = await c.step('kemendagri', 'record_sanction_decree');
    expect(done).toMatchObject({ to: 'sanctioned', flags: ['followed_up_by_supervisor'] });
  });

  it('leaves the case untouched when a step is refused', async () => {
    const c = await caseAwaitingPpk();
    const before = c.version;
    await expect(c.step('pejabat', 'block_data', CASE_TEST_NOW)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const { rows } = await t.db.pool.query<{ version: number; n: number }>(
      'SELECT c.version, (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id) AS n FROM cases c WHERE c.id = $1',
      [c.id],
    );
    expect(rows[0]).toEqual({ version: before, n: before });
  });
});

describe('createIntake', () => {
  it('records the phase at the act on the calendar as it applies in the region', async () => {
    // Suppose the campaign in Purbalingga started a day late: an act on 1 Nov is then before its campaign.
    await t.db.pool.query(
      `INSERT INTO election_phase_overrides (election_id, phase_code, region_code, starts_on, ends_on, confidence, source)
       VALUES ('pilkada-2024', 'campaign', '33.03', '2024-11-02', '2024-11-23', 'unverified', 'test')`,
    );
    try {
      const { id } = await withTransaction(t.db.pool, (tx) =>
        createIntake(tx, {
          actor: desks.staf,
          input: ZCreateIntakeInput.parse(findingBody()),
          now: CASE_TEST_NOW,
        }),
      );
      const { rows } = await t.db.pool.query<{ phase_code: string; campaign_relation: string }>(
        'SELECT phase_code, campaign_relation FROM cases WHERE id = $1',
        [id],
      );
      expect(rows[0]?.campaign_relation).toBe('before_campaign');
      expect(rows[0]?.phase_code).not.toBe('campaign');
    } finally {
      await t.db.pool.query(`DELETE FROM election_phase_overrides WHERE source = 'test'`);
    }
  });

  it('refuses dates in the future or out of order, naming the fields', async () => {
    const body = findingBody({
      act: { date: '2024-11-03', knownOn: '2024-11-01', place: 'Pasar Bobotsari' },
      intake: { channel: 'patrol', receivedOn: '2024-11-05', summary: 'Temuan pengawas di pasar.' },
    });
    const error = await withTransaction(t.db.pool, (tx) =>
      createIntake(tx, { actor: desks.staf, input: ZCreateIntakeInput.parse(body), now: CASE_TEST_NOW }),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('VALIDATION_FAILED');
    expect(appError.fields?.map((f) => f.path)).toEqual(
      expect.arrayContaining(['body.intake.receivedOn', 'body.act.knownOn']),
    );
  });
});
