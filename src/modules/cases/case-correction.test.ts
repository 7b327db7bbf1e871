// Correcting the case record while Bawaslu holds it: another election brings other deadline rules (issue 4 §4:
// "recompute when the election type changes") and another phase of the act; the decisions' violation forms
// classify the case; codes outside the legal catalogue are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { CASE_TEST_NOW } from '../../../test/support/case-factory';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK, type Desks } from '../../../test/support/case-driver';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { getCase } from './actions/get-case';
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

const reason = 'Kasus tercatat pada pemilihan yang salah saat temuan diinput.';

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('correct_case_details', () => {
  it('recomputes the running deadline under the corrected election type and re-derives the phase of the act', async () => {
    const c = await CaseDriver.create(t.db.pool, desks);
    // Registered on Mon 4 Nov 2024 as a Pilkada case: 3 calendar days → Thu 7 Nov.
    const registered = await c.step('staf', 'register_case');
    expect(registered.deadline).toMatchObject({ ruleId: 'pilkada.bawaslu_handling', dueOn: '2024-11-07' });
    const before = await getCase(t.db.pool, desks.staf, c.id, CASE_TEST_NOW);

    const out = await c.step('staf', 'correct_case_details', CASE_TEST_NOW, {
      electionId: 'pemilu-2024',
      reason,
    });
    // Same start (4 Nov), Pemilu rule: 7 calendar days (UU 7/2017 Pasal 454(7)) → Mon 11 Nov.
    expect(out).toMatchObject({ from: 'registered', to: 'registered' });
    expect(out.deadline).toMatchObject({
      ruleId: 'pemilu.bawaslu_handling',
      startedOn: '2024-11-04',
      dueOn: '2024-11-11',
    });
    const after = await getCase(t.db.pool, desks.staf, c.id, CASE_TEST_NOW);
    expect(after.electionId).toBe('pemilu-2024');
    expect(after.deadline).toMatchObject({ dueOn: '2024-11-11' });
    // 1 Nov 2024 lies in the Pilkada 2024 campaign; on the Pemilu 2024 calendar it is another phase (or none).
    expect(after.phaseCode).not.toBe(before.phaseCode);
    expect(after.events.at(-1)).toMatchObject({ action: 'correct_case_details' });

    const { rows } = await t.db.pool.query<{ data: { electionId?: { from: string; to: string } } }>(
      `SELECT data FROM audit_log WHERE entity_id = $1 AND action = 'case.correct_case_details'`,
      [c.id],
    );
    expect(rows[0]?.data.electionId).toEqual({ from: 'pilkada-2024', to: 'pemilu-2024' });
  });

  it('replaces the violation forms without touching the election or the deadline', async () => {
    const c = await CaseDriver.create(t.db.pool, desks);
    const registered = await c.step('staf', 'register_case');
    const out = await c.step('staf', 'correct_case_details', CASE_TEST_NOW, {
      violationFormCodes: ['skb2022-b6'],
      reason,
    });
    expect(out.deadline).toEqual(registered.deadline);
    const after = await getCase(t.db.pool, desks.staf, c.id, CASE_TEST_NOW);
    expect(after).toMatchObject({ electionId: 'pilkada-2024', violationFormCodes: ['skb2022-b6'] });
  });

  it('names the bad field: an unknown election, a code outside the catalogue, or nothing to correct', async () => {
    const c = await CaseDriver.create(t.db.pool, desks);
    const attempt = (input: Record<string, unknown>) =>
      c.step('staf', 'correct_case_details', CASE_TEST_NOW, input);
    expect((await refusal(attempt({ electionId: 'pemilu-2099', reason }))).fields).toEqual([
      { path: 'body.input.electionId', message: 'unknown election' },
    ]);
    expect((await refusal(attempt({ violationFormCodes: ['pp94-zz-9'], reason }))).fields).toEqual([
      { path: 'body.input.violationFormCodes', message: 'not in the legal catalogue: pp94-zz-9' },
    ]);
    expect((await refusal(attempt({ reason }))).fields?.[0]).toMatchObject({ path: 'body.input.electionId' });
    // Nothing was stored by the refused attempts.
    expect((await getCase(t.db.pool, desks.staf, c.id, CASE_TEST_NOW)).version).toBe(1);
  });

  it('is Bawaslu’s until the case is forwarded; the forwarding’s violation forms classify the case', async () => {
    const c = await CaseDriver.create(t.db.pool, desks);
    await c.walk(PATH_TO_AWAITING_PPK.slice(0, 3));
    await c.step('pimpinan', 'forward_to_bkn', CASE_TEST_NOW, {
      ...VALID_INPUTS.forward_to_bkn,
      plenaryOn: '2024-11-04',
      violationFormCodes: ['skb2022-b6', 'pp94-5n-1'],
    });
    const forwarded = await getCase(t.db.pool, desks.staf, c.id, CASE_TEST_NOW);
    expect(forwarded.violationFormCodes).toEqual(['skb2022-b6', 'pp94-5n-1']);
    const err = await refusal(
      c.step('staf', 'correct_case_details', CASE_TEST_NOW, { violationFormCodes: ['skb2022-b1'], reason }),
    );
    expect(err.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a recommendation citing a sanction type outside the catalogue', async () => {
    const c = await CaseDriver.create(t.db.pool, desks);
    await c.walk(PATH_TO_AWAITING_PPK.slice(0, 6));
    const err = await refusal(
      c.step('pejabat', 'recommend_proven', CASE_TEST_NOW, {
        ...VALID_INPUTS.recommend_proven,
        issuedOn: '2024-11-04',
        sanctionTypeCodes: ['pp94-s9'],
        deviationReason: 'Pertimbangan khusus dari pejabat yang berwenang.',
      }),
    );
    expect(err.fields).toContainEqual({
      path: 'body.input.sanctionTypeCodes',
      message: 'not in the legal catalogue: pp94-s9',
    });
  });
});
