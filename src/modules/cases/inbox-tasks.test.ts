// The inbox's "my tasks" filter and tab counts agree with the abilities the case page shows, for every desk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TEST_NOW } from '../../../test/support/case-factory';
import {
  CaseDriver,
  createDesks,
  PATH_TO_AWAITING_PPK,
  type Desk,
  type Desks,
} from '../../../test/support/case-driver';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { EXCEPTION_ACTIONS } from './actionable-cases';
import { countCases } from './actions/count-cases';
import { findCases } from './actions/find-cases';
import { getCase } from './actions/get-case';
import { ZCaseInboxQuery } from './case-api-schema';
import { findVisibleCases } from './queries';
import { jakartaDate } from '../../platform/calendar';

let t: TestApp;
let desks: Desks;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  desks = await createDesks(t.app);
  const make = async (name: string, steps: number, over: Record<string, unknown> = {}) => {
    const c = await CaseDriver.create(t.db.pool, desks, over);
    await c.walk(PATH_TO_AWAITING_PPK.slice(0, steps));
    ids[name] = c.id;
    return c;
  };
  await make('received', 0, { subjects: [{ ...subject(), name: 'Siti Rahayu' }] });
  await make('registered', 1, { violationFormCodes: ['pp94-5n-2'] });
  await make('forwarded', 4);
  await make('awaitingPpk', 7);
  const conflicted = await make('conflicted', 7);
  await conflicted.step('analis', 'mark_ppk_conflicted');
  const closed = await make('sanctioned', 7);
  await closed.step('ppk', 'record_sanction_decree');
});
afterAll(async () => {
  await t?.destroy();
});

function subject() {
  return {
    name: 'Budi Santoso',
    agencyCode: 'pemda-33.03',
    jabatan: 'Kepala Seksi',
    jabatanClass: 'pengawas',
    asnType: 'pns',
  };
}

const nameOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;
const inbox = async (desk: Desk, q: Record<string, string>, now: Date) =>
  (await findCases(t.db.pool, desks[desk], ZCaseInboxQuery.parse({ pageSize: '100', ...q }), now)).items
    .map((c) => nameOf(c.id))
    .sort();

/** What the case page says: the open cases on which the desk has an ability other than the exceptions. */
async function tasksByAbilities(desk: Desk, now: Date): Promise<string[]> {
  const visible = await inbox(desk, {}, now);
  const tasks: string[] = [];
  for (const name of visible) {
    const c = await getCase(t.db.pool, desks[desk], ids[name] ?? '', now);
    const steps = c.abilities.filter((a) => !EXCEPTION_ACTIONS.includes(a));
    if (c.progress !== 'closed' && steps.length > 0) tasks.push(name);
  }
  return tasks.sort();
}

describe('my tasks', () => {
  const desksToCheck: Desk[] = ['staf', 'pimpinan', 'analis', 'pejabat', 'ppk', 'kemendagri'];
  // The PPK's deadline (10 calendar days from 4 Nov) has passed on 15 Nov: BKN's warning becomes a task.
  const days = [CASE_TEST_NOW, new Date('2024-11-15T03:00:00Z')];

  for (const desk of desksToCheck)
    for (const now of days)
      it(`the ${desk} desk's tasks on ${now.toISOString().slice(0, 10)} are the cases where it may act`, async () => {
        const expected = await tasksByAbilities(desk, now);
        expect(await inbox(desk, { mine: 'true' }, now)).toEqual(expected);
        expect((await countCases(t.db.pool, desks[desk], now)).mine).toBe(expected.length);
      });

  it('gives each desk the work the workflow puts on it', async () => {
    expect(await inbox('staf', { mine: 'true' }, CASE_TEST_NOW)).toEqual(['received', 'registered']);
    expect(await inbox('ppk', { mine: 'true' }, CASE_TEST_NOW)).toEqual(['awaitingPpk']);
    expect(await inbox('kemendagri', { mine: 'true' }, CASE_TEST_NOW)).toEqual(['conflicted']);
    expect(await inbox('analis', { mine: 'true' }, CASE_TEST_NOW)).toEqual(['forwarded']);
    const late = new Date('2024-11-15T03:00:00Z');
    expect(await inbox('analis', { mine: 'true' }, late)).toEqual(['awaitingPpk', 'conflicted', 'forwarded']);
  });
});

describe('inbox counts and filters', () => {
  it('counts open, due soon and overdue cases as the filters list them', async () => {
    const late = new Date('2024-11-15T03:00:00Z');
    const counts = await countCases(t.db.pool, desks.pejabat, late);
    expect(counts.overdue).toBe((await inbox('pejabat', { overdue: 'true' }, late)).length);
    expect(counts.open).toBe(5);
    expect(counts.overdue).toBeGreaterThan(0);
    // Due within 3 days of 4 Nov, not yet overdue: the cases registered on 4 Nov (Pilkada: 3 days → 7 Nov).
    const early = await countCases(t.db.pool, desks.staf, CASE_TEST_NOW);
    expect(early.dueSoon).toBe(
      (await inbox('staf', { dueBefore: '2024-11-07', overdue: 'false' }, CASE_TEST_NOW)).length,
    );
  });

  it('stops counting at the cap and says the total is a lower bound', async () => {
    const query = (page: number) => ZCaseInboxQuery.parse({ pageSize: '2', page: String(page) });
    const first = await findVisibleCases(t.db.pool, desks.pejabat, query(1), jakartaDate(CASE_TEST_NOW), 2);
    expect(first).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(first.rows).toHaveLength(2);
    // The cap counts from the page's first case: far enough in, the count is exact again.
    const all = (await inbox('pejabat', {}, CASE_TEST_NOW)).length;
    const last = await findVisibleCases(
      t.db.pool,
      desks.pejabat,
      query(Math.ceil(all / 2)),
      jakartaDate(CASE_TEST_NOW),
      2,
    );
    expect(last).toMatchObject({ total: all, totalIsLowerBound: false });
  });

  it('lists what the PPK owes with one filter on the desk holding the case', async () => {
    expect(await inbox('pejabat', { progress: 'ppk' }, CASE_TEST_NOW)).toEqual(['awaitingPpk', 'conflicted']);
    expect(await inbox('pejabat', { progress: 'closed' }, CASE_TEST_NOW)).toEqual(['sanctioned']);
  });

  it('finds a case by reference number or part of a subject name, LIKE wildcards taken literally', async () => {
    const c = await getCase(t.db.pool, desks.staf, ids.received ?? '', CASE_TEST_NOW);
    expect(await inbox('staf', { q: c.referenceNumber.toLowerCase() }, CASE_TEST_NOW)).toEqual(['received']);
    expect(await inbox('staf', { q: 'rahayu' }, CASE_TEST_NOW)).toEqual(['received']);
    expect(await inbox('staf', { q: '%%' }, CASE_TEST_NOW)).toEqual([]);
  });

  it('filters by violation form and by the election phase of the act', async () => {
    expect(await inbox('staf', { violationFormCode: 'pp94-5n-2' }, CASE_TEST_NOW)).toEqual(['registered']);
    const all = await inbox('staf', {}, CASE_TEST_NOW);
    const received = await getCase(t.db.pool, desks.staf, ids.received ?? '', CASE_TEST_NOW);
    expect(received.phaseCode).toBe('campaign');
    expect(await inbox('staf', { phaseCode: 'campaign' }, CASE_TEST_NOW)).toEqual(all);
    expect(await inbox('staf', { phaseCode: 'voting' }, CASE_TEST_NOW)).toEqual([]);
  });
});
