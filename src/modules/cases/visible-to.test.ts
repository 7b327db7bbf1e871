// The case scope rule (queries.ts visibleTo) per role, on the database, plus the inbox filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database';
import { parseIsoDate } from '../../platform/calendar';
import type { RoleScope } from '../identity';
import { CASE_TEST_NOW, findingBody } from '../../../test/support/case-factory';
import { createTestUser } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { createIntake } from './actions/create-intake';
import { transitionCase } from './actions/transition-case';
import { ZCaseInboxQuery, ZCreateIntakeInput } from './case-api-schema';
import { findVisibleCase, findVisibleCases } from './queries';
import { VALID_INPUTS } from './workflow-test-fixtures';

let t: TestApp;
let regional: string; // Purbalingga case, agency pemda-33.03
let central: string; // Purbalingga case, agency kl-kemenag (a madrasah teacher)

const bawaslu33: RoleScope = {
  role: 'bawaslu_staf',
  scope: { bawasluLevel: 'kabkota', regionCode: '33.03' },
};

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  const user = await createTestUser(t.app, 'bawaslu_staf', bawaslu33.scope);
  const actor = { ...bawaslu33, id: user.id, email: user.email, name: 'Staf', isDemo: false, locale: null };
  const create = (body: Record<string, unknown>) =>
    withTransaction(t.db.pool, (tx) =>
      createIntake(tx, { actor, input: ZCreateIntakeInput.parse(body), now: CASE_TEST_NOW }),
    );
  regional = (await create(findingBody())).id;
  central = (await create(findingBody({ agencyCode: 'kl-kemenag' }))).id;
  await withTransaction(t.db.pool, (tx) =>
    transitionCase(tx, {
      actor,
      caseId: regional,
      action: 'register_case',
      input: VALID_INPUTS.register_case,
      expectedVersion: 1,
      now: CASE_TEST_NOW,
    }),
  );
});
afterAll(async () => {
  await t?.destroy();
});

async function visibleIds(actor: RoleScope): Promise<string[]> {
  const ids: string[] = [];
  for (const id of [regional, central]) if (await findVisibleCase(t.db.pool, actor, id)) ids.push(id);
  return ids.map((id) => (id === regional ? 'regional' : 'central'));
}

describe('visibleTo', () => {
  const cases: [string, RoleScope, string[]][] = [
    ['admin sees every case', { role: 'admin', scope: {} }, ['regional', 'central']],
    ['the custodian sees no case file', { role: 'custodian', scope: {} }, []],
    ['Bawaslu of the kabupaten sees its cases', bawaslu33, ['regional', 'central']],
    [
      'Bawaslu of another kabupaten sees none',
      { role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33.01' } },
      [],
    ],
    [
      'Bawaslu of the province sees its kabupaten',
      { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'provinsi', regionCode: '33' } },
      ['regional', 'central'],
    ],
    [
      'Bawaslu RI sees all',
      { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'ri', regionCode: null } },
      ['regional', 'central'],
    ],
    [
      'the BKN office serving Central Java sees them',
      { role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } },
      ['regional', 'central'],
    ],
    ['another BKN regional office sees none', { role: 'bkn_analis', scope: { bknOffice: 'kanreg-2' } }, []],
    ['BKN pusat sees all', { role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } }, ['regional', 'central']],
    [
      'PPK staff see nothing before a recommendation',
      { role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } },
      [],
    ],
    [
      'Kemendagri sees regional agencies only',
      { role: 'supervisor_kemendagri', scope: { regionCode: null } },
      ['regional'],
    ],
    [
      'a Kemendagri desk of another province sees none',
      { role: 'supervisor_kemendagri', scope: { regionCode: '34' } },
      [],
    ],
    ['KemenPANRB sees central agencies only', { role: 'supervisor_kemenpanrb', scope: {} }, ['central']],
    [
      'Ombudsman of the province reads them',
      { role: 'ombudsman_pengawas', scope: { regionCode: '33' } },
      ['regional', 'central'],
    ],
    [
      'Ombudsman of another province reads none',
      { role: 'ombudsman_pengawas', scope: { regionCode: '35' } },
      [],
    ],
  ];
  it.each(cases)('%s', async (_name, actor, expected) => {
    expect(await visibleIds(actor)).toEqual(expected);
  });

  it('shows a case to its own agency’s PPK staff once BKN has recommended, and to no other agency’s', async () => {
    // The real flow is covered in case-routes.test.ts; here only the predicate, on a marked row.
    await t.db.pool.query('UPDATE cases SET recommended_at = $2 WHERE id = $1', [regional, CASE_TEST_NOW]);
    expect(await visibleIds({ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } })).toEqual([
      'regional',
    ]);
    expect(await visibleIds({ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.01' } })).toEqual([]);
    await t.db.pool.query('UPDATE cases SET recommended_at = NULL WHERE id = $1', [regional]);
  });
});

describe('case history', () => {
  it('refuses to change or delete a case event', async () => {
    await expect(t.db.pool.query('UPDATE case_events SET action = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('DELETE FROM case_events')).rejects.toThrow(/append-only/);
  });
});

describe('inbox filters', () => {
  const admin: RoleScope = { role: 'admin', scope: {} };
  const ids = async (q: Record<string, string>, today = '2024-11-04') =>
    (await findVisibleCases(t.db.pool, admin, ZCaseInboxQuery.parse(q), parseIsoDate(today))).rows.map(
      (r) => r.id,
    );

  it('lists overdue open cases only once their due date has passed', async () => {
    // The registered case is due 7 Nov 2024 (Pilkada: 3 days after registration on 4 Nov).
    expect(await ids({ overdue: 'true' }, '2024-11-07')).not.toContain(regional);
    expect(await ids({ overdue: 'true' }, '2024-11-08')).toContain(regional);
    expect(await ids({ overdue: 'false' }, '2024-11-08')).not.toContain(regional);
  });

  it('filters by due date, state, region and agency', async () => {
    expect(await ids({ dueBefore: '2024-11-07' })).toEqual([regional]);
    expect(await ids({ dueBefore: '2024-11-06' })).toEqual([]);
    expect(await ids({ state: 'received' })).toEqual([central]);
    expect(await ids({ regionCode: '33' })).toHaveLength(2);
    expect(await ids({ regionCode: '34' })).toEqual([]);
    expect(await ids({ agencyCode: 'kl-kemenag' })).toEqual([central]);
  });

  it('sorts by due date with undated cases last, or newest first', async () => {
    expect(await ids({ sort: 'due_on' })).toEqual([regional, central]);
    const page = await findVisibleCases(
      t.db.pool,
      admin,
      ZCaseInboxQuery.parse({ pageSize: '1' }),
      parseIsoDate('2024-11-04'),
    );
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
  });
});
