// `netra cases overdue`: the list on the database, and the command's flag errors and empty output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK } from '../../test/support/case-driver';
import { runNetra } from '../../test/support/netra-process';
import { createTestApp, type TestApp } from '../../test/support/test-app';
import { listOverdue, parseOverdueFlags } from './case-commands';

let t: TestApp;
let ppkCase: CaseDriver;

beforeAll(async () => {
  t = await createTestApp();
  const desks = await createDesks(t.app);
  ppkCase = await (await CaseDriver.create(t.db.pool, desks)).walk(PATH_TO_AWAITING_PPK);
  await (
    await CaseDriver.create(t.db.pool, desks, { agencyCode: 'kl-kemenag' })
  ).walk(PATH_TO_AWAITING_PPK.slice(0, 1));
});
afterAll(async () => {
  await t?.destroy();
});

describe('listOverdue', () => {
  it('lists open cases past their due day with the days they are late', async () => {
    // Registered 4 Nov (Bawaslu handling due 7 Nov); recommended 4 Nov (PPK due 14 Nov).
    const lines = await listOverdue(t.db.pool, parseOverdueFlags({ asOf: '2024-11-15' }), new Date());
    expect(lines.map((l) => [l.state, l.dueOn, l.daysOverdue])).toEqual([
      ['registered', '2024-11-07', 8],
      ['awaiting_ppk', '2024-11-14', 1],
    ]);
    expect(await listOverdue(t.db.pool, parseOverdueFlags({ asOf: '2024-11-07' }), new Date())).toEqual([]);
  });

  it('narrows to an agency or a region', async () => {
    const flags = parseOverdueFlags({ asOf: '2024-11-15', agency: 'pemda-33.03' });
    const lines = await listOverdue(t.db.pool, flags, new Date());
    expect(lines).toHaveLength(1);
    const { rows } = await t.db.pool.query<{ reference_number: string }>(
      'SELECT reference_number FROM cases WHERE id = $1',
      [ppkCase.id],
    );
    expect(lines[0]?.referenceNumber).toBe(rows[0]?.reference_number);
    expect(
      await listOverdue(t.db.pool, parseOverdueFlags({ asOf: '2024-11-15', region: '35' }), new Date()),
    ).toEqual([]);
  });

  it('refuses a malformed date naming the flag', () => {
    expect(() => parseOverdueFlags({ asOf: '15-11-2024' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ path: '--as-of' })],
      }),
    );
  });
});

describe('netra cases overdue', () => {
  it('exits 2 with one line for a bad flag, before opening the database', async () => {
    const r = await runNetra(['cases', 'overdue', '--as-of', '2024-02-30'], {
      NETRA_DATA_DIR: '/nonexistent/netra',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as-of/);
  });
});
