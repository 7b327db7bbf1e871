// Another laporan or temuan on an existing case (issue 4 §1: a case holds one or more intakes): Bawaslu adds it
// while it handles the case, version-checked, with an event, an audit row and the reporter sealed. Both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TEST_NOW, createCaseAs, stepOk } from '../../../test/support/case-factory';
import { signInAs, type StaffSession } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import type { CaseDetail } from './case-api-schema';

let t: TestApp;
let staf: StaffSession;
beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  staf = await signInAs(t.app, 'bawaslu_staf');
});
afterAll(async () => {
  await t?.destroy();
});

const laporan = (c: Pick<CaseDetail, 'version'>, over: Record<string, unknown> = {}) => ({
  expectedVersion: c.version,
  act: { knownOn: '2024-11-02' },
  intake: {
    kind: 'laporan',
    channel: 'walk_in',
    receivedOn: '2024-11-03',
    summary: 'Warga melaporkan hal yang sama.',
  },
  reporter: { name: 'Siti Pelapor Kedua', phone: '0812 3456 7890' },
  ...over,
});

const add = (session: StaffSession, c: Pick<CaseDetail, 'id'>, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/cases/${c.id}/intakes`,
    headers: session.headers,
    payload: body,
  });

describe('POST /api/cases/:id/intakes', () => {
  it('adds a laporan to a case: two intakes, the next version, an event, the reporter sealed', async () => {
    const c = await createCaseAs(t.app, staf);
    const res = await add(staf, c, laporan(c));
    expect(res.statusCode, res.body).toBe(201);
    const after = res.json<CaseDetail>();
    expect(after.version).toBe(c.version + 1);
    expect(after.intakes).toHaveLength(2);
    expect(after.events.at(-1)).toMatchObject({
      action: 'add_report',
      fromState: 'received',
      toState: 'received',
    });
    const { rows } = await t.db.pool.query<{ sealed: string }>(
      'SELECT sealed_identity AS sealed FROM case_reporters WHERE case_id = $1',
      [c.id],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('Siti Pelapor Kedua');
    const audit = await t.db.pool.query('SELECT data FROM audit_log WHERE action = $1', ['case.add_report']);
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows)).not.toContain('Siti');
  });

  it('refuses a stale version, and once Bawaslu no longer holds the case, with 409 and nothing written', async () => {
    let c = await createCaseAs(t.app, staf);
    const stale = await add(staf, c, laporan(c, { expectedVersion: c.version + 3 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'STALE_VERSION' } });
    const pimpinan = await signInAs(t.app, 'bawaslu_pimpinan');
    c = await stepOk(t.app, staf, c, 'register_case');
    c = await stepOk(t.app, staf, c, 'start_assessment');
    c = await stepOk(t.app, staf, c, 'submit_to_plenary');
    c = await stepOk(t.app, pimpinan, c, 'forward_to_bkn');
    const late = await add(staf, c, laporan(c));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM case_intakes WHERE case_id = $1', [
      c.id,
    ]);
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('answers 403 to other roles, 404 outside the scope, 400 naming the field', async () => {
    const c = await createCaseAs(t.app, staf);
    const analis = await signInAs(t.app, 'bkn_analis');
    expect((await add(analis, c, laporan(c))).statusCode).toBe(403); // BKN sees it, but adds no intake
    const ppk = await signInAs(t.app, 'ppk_staf');
    expect((await add(ppk, c, laporan(c))).statusCode).toBe(404);
    const elsewhere = await signInAs(t.app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '35.06' });
    expect((await add(elsewhere, c, laporan(c))).statusCode).toBe(404);
    const kemendagri = await signInAs(t.app, 'supervisor_kemendagri');
    expect((await add(kemendagri, c, laporan(c))).statusCode).toBe(403);
    const early = await add(
      staf,
      c,
      laporan(c, {
        intake: {
          kind: 'temuan',
          channel: 'patrol',
          receivedOn: '2024-10-01',
          summary: 'Temuan yang sama, tercatat lebih awal.',
        },
        reporter: undefined,
        act: {},
      }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('body.intake.receivedOn');
    const noReporter = await add(staf, c, laporan(c, { reporter: undefined }));
    expect(noReporter.statusCode).toBe(400);
    expect(noReporter.body).toContain('reporter');
  });
});
