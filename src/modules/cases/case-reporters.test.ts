import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit';
import { STAFF_ROLES, type StaffRole } from '../identity';
import { buildApp } from '../../server';
import { actOn, CASE_TEST_NOW, createCaseAs, findingBody, getCase } from '../../../test/support/case-factory';
import { signInAs, TestBrowser, type StaffSession } from '../../../test/support/staff-session';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { CaseDetail } from './case-api-schema';
import type { UnsealedReporter } from './reporter-api-schema';
import { captureLogLines } from '../../../test/support/log-capture';

const REPORTER = {
  name: 'Siti Rahmawati Pelapor',
  nik: '3303014507900002',
  address: 'Jl. Jenderal Sudirman 17, Purbalingga',
  phone: '0812 3456 7890',
  email: 'siti.pelapor@contoh.id',
};
const CLEAR_VALUES = [REPORTER.name, REPORTER.nik, REPORTER.address, REPORTER.phone, REPORTER.email];

/** A laporan in Purbalingga for Pilkada 2024, brought in person on 2 Nov about an act known on 1 Nov. */
function reportBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return findingBody({
    act: { date: '2024-11-01', knownOn: '2024-11-01', place: 'Balai Desa Karangreja, Kec. Kutasari' },
    intake: {
      kind: 'laporan',
      channel: 'walk_in',
      receivedOn: '2024-11-02',
      summary: 'Warga melaporkan kepala seksi kecamatan berkampanye di balai desa.',
    },
    reporter: REPORTER,
    ...over,
  });
}

let t: TestDatabase;
let app: FastifyInstance;
const { logStream, lines: logLines } = captureLogLines();
let staf: StaffSession;
let pimpinan: StaffSession;
let custodian: StaffSession;
let otherKab: StaffSession;
const others = new Map<StaffRole, StaffSession>();

beforeAll(async () => {
  t = await createTestDatabase();
  // The most talkative level: not even a trace line may carry the reporter's identity.
  app = await buildApp(
    { config: { ...t.config, logLevel: 'trace' }, db: t.db, now: () => CASE_TEST_NOW },
    { logStream },
  );
  await app.ready();
  staf = await signInAs(app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.03' });
  pimpinan = await signInAs(app, 'bawaslu_pimpinan', { bawasluLevel: 'provinsi', regionCode: '33' });
  custodian = await signInAs(app, 'custodian');
  otherKab = await signInAs(app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.01' });
  for (const role of STAFF_ROLES.filter(
    (r) => !['bawaslu_staf', 'bawaslu_pimpinan', 'custodian'].includes(r),
  ))
    others.set(role, await signInAs(app, role));
});
afterAll(async () => {
  await app?.close();
  await t?.destroy();
});

function unseal(
  session: StaffSession,
  caseId: string,
  reporterId: string,
  reason = 'Undangan klarifikasi kepada pelapor',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/reporters/${reporterId}/unseal`,
    headers: session.headers,
    payload: { reason },
  });
}

async function auditCount(): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  return rows[0]?.n ?? 0;
}

/** Every row of `table` as text, all columns. */
async function rowsAsText(table: string): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
  return rows.map((r) => r.row);
}

const reporterIdOf = (c: CaseDetail): string => {
  const id = c.intakes[0]?.reporter?.id;
  if (!id) throw new Error('no reporter id on the case');
  return id;
};

async function createReport(over: Record<string, unknown> = {}): Promise<CaseDetail> {
  return createCaseAs(app, staf, reportBody(over));
}

describe('laporan entry with a sealed reporter', () => {
  it('records a laporan whose reporter appears in clear in no row of any table, nor in the logs', async () => {
    const c = await createReport();
    expect(c.intakes).toEqual([
      expect.objectContaining({
        kind: 'laporan',
        channel: 'walk_in',
        reporter: { status: 'sealed', id: reporterIdOf(c) },
      }),
    ]);
    expect(c.events[0]?.action).toBe('create_report');
    expect(c.events[0]?.input).toMatchObject({ reporter: 'sealed' });
    const { rows } = await t.db.pool.query<{ sealed_identity: string }>(
      'SELECT sealed_identity FROM case_reporters WHERE id = $1 AND case_id = $2',
      [reporterIdOf(c), c.id],
    );
    expect(rows[0]?.sealed_identity).toMatch(/^v1\./);
    for (const table of [
      'case_reporters',
      'case_intakes',
      'case_events',
      'audit_log',
      'cases',
      'case_subjects',
    ]) {
      const text = (await rowsAsText(table)).join('\n');
      for (const value of CLEAR_VALUES) expect(text, `${table} holds ${value}`).not.toContain(value);
    }
    expect(logLines.length).toBeGreaterThan(0);
    for (const value of CLEAR_VALUES) expect(logLines.join('\n')).not.toContain(value);
  });

  it('keeps recording a temuan when the client sends no kind, with no reporter', async () => {
    const c = await createCaseAs(app, staf, findingBody());
    expect(c.intakes[0]).toMatchObject({ kind: 'temuan', channel: 'patrol', reporter: null });
    expect(c.events[0]?.action).toBe('create_finding');
  });

  it.each([
    [
      'a laporan without the day the act became known',
      reportBody({ act: { date: '2024-11-01', place: 'Balai Desa' } }),
      'body.act.knownOn',
    ],
    ['a laporan without a reporter', reportBody({ reporter: undefined }), 'body.reporter'],
    [
      'a laporan "by patrol"',
      reportBody({
        intake: {
          kind: 'laporan',
          channel: 'patrol',
          receivedOn: '2024-11-02',
          summary: 'Uraian laporan warga.',
        },
      }),
      'body.intake.channel',
    ],
    ['a temuan with a reporter', findingBody({ reporter: REPORTER }), 'body.reporter'],
    ['a reporter without a name', reportBody({ reporter: { phone: REPORTER.phone } }), 'body.reporter.name'],
    [
      'an anonymous reporter who gives a name',
      reportBody({ reporter: { anonymous: true, name: REPORTER.name } }),
      'body.reporter.name',
    ],
    [
      'a NIK of 15 digits',
      reportBody({ reporter: { ...REPORTER, nik: '330301450790000' } }),
      'body.reporter.nik',
    ],
    [
      'an e-mail address without a domain',
      reportBody({ reporter: { ...REPORTER, email: 'siti@' } }),
      'body.reporter.email',
    ],
  ])('refuses %s with 400 naming the field, storing nothing', async (_, body, path) => {
    const before = await rowsAsText('cases');
    const res = await app.inject({ method: 'POST', url: '/api/cases', headers: staf.headers, payload: body });
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json<{ error: { code: string; fields: { path: string }[] } }>();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields.map((f) => f.path)).toContain(path);
    expect(res.body).not.toContain(REPORTER.name);
    expect(await rowsAsText('cases')).toHaveLength(before.length);
  });

  it('refuses at register_case a laporan filed 13 days after the act became known (Pilkada: 7 calendar days)', async () => {
    const c = await createReport({
      act: { date: '2024-10-20', knownOn: '2024-10-20', place: 'Pasar Bobotsari' },
    });
    expect(c.abilities).not.toContain('register_case');
    expect(c.abilities).toContain('reject_formal');
    const res = await actOn(app, staf, c, 'register_case');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION', reason: 'filed_in_time' } });
  });

  it('records an anonymous laporan as such, and refuses to register it (syarat formil: identitas pelapor)', async () => {
    const c = await createReport({ reporter: { anonymous: true } });
    expect(c.intakes[0]?.reporter).toEqual({ status: 'anonymous', id: null });
    const { rows } = await t.db.pool.query('SELECT 1 FROM case_reporters WHERE case_id = $1', [c.id]);
    expect(rows).toHaveLength(0);
    expect(c.abilities).not.toContain('register_case');
    const res = await actOn(app, staf, c, 'register_case');
    expect(res.json()).toMatchObject({
      error: { code: 'INVALID_TRANSITION', reason: 'reporter_identified' },
    });
    const rejected = await actOn(app, staf, c, 'reject_formal', {
      unmetRequirements: ['reporter_identity'],
      reason: 'Pelapor tidak menyebutkan identitas.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
  });

  it('registers a laporan filed in time by a named reporter', async () => {
    const c = await createReport();
    expect(c.abilities).toContain('register_case');
    expect((await actOn(app, staf, c, 'register_case')).statusCode).toBe(200);
  });
});

describe('unsealing a reporter', () => {
  it('gives the custodian the identity, and the audit trail who, when, why and which case, but not the identity', async () => {
    const c = await createReport();
    const reporterId = reporterIdOf(c);
    const res = await unseal(custodian, c.id, reporterId, 'Permintaan klarifikasi dari Bawaslu Purbalingga');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UnsealedReporter>()).toEqual({
      reporterId,
      identity: REPORTER,
      unsealedAt: CASE_TEST_NOW.toISOString(),
    });
    // The custodian reads no case file: the answer names neither the case nor its reference number.
    expect(res.body).not.toContain(c.id);
    expect(res.body).not.toContain(c.referenceNumber);
    const { rows } = await t.db.pool.query<{ text: string }>(
      `SELECT actor_id, actor_label, at, data, data::text AS text FROM audit_log
        WHERE action = 'case.unseal_reporter' AND entity_id = $1`,
      [reporterId],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        actor_id: custodian.user.id,
        actor_label: custodian.email,
        at: CASE_TEST_NOW,
        data: { caseId: c.id, role: 'custodian', reason: 'Permintaan klarifikasi dari Bawaslu Purbalingga' },
      }),
    ]);
    for (const value of CLEAR_VALUES) expect(rows[0]?.text).not.toContain(value);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  });

  it('lets Bawaslu of the case area unseal (to invite the reporter), audited the same way', async () => {
    const c = await createReport();
    for (const s of [staf, pimpinan]) {
      const res = await unseal(s, c.id, reporterIdOf(c));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<UnsealedReporter>().identity.name).toBe(REPORTER.name);
      const { rows } = await t.db.pool.query(
        `SELECT 1 FROM audit_log WHERE action = 'case.unseal_reporter' AND actor_id = $1 AND data->>'caseId' = $2`,
        [s.user.id, c.id],
      );
      expect(rows).toHaveLength(1);
    }
  });

  it('refuses a reason too short to say why, naming the field', async () => {
    const c = await createReport();
    const res = await unseal(custodian, c.id, reporterIdOf(c), 'perlu');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'body.reason' }] } });
  });

  it('refuses every other caller without a trace: 404 where the case is out of sight, 403 where it is not', async () => {
    const c = await createReport();
    const reporterId = reporterIdOf(c);
    const before = await auditCount();
    // Not signed in, but with a CSRF token: refused for the missing session, not the token.
    const browser = new TestBrowser(app);
    await browser.session();
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/reporters/${reporterId}/unseal`,
      headers: browser.headers(),
      payload: { reason: 'Undangan klarifikasi kepada pelapor' },
    });
    expect(anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const refused: [string, number][] = [];
    for (const [label, s] of [...others, ['bawaslu_staf of 33.01', otherKab] as const]) {
      const seesCase = (await getCase(app, s, c.id)).statusCode === 200;
      const res = await unseal(s, c.id, reporterId);
      refused.push([String(label), res.statusCode]);
      expect(res.statusCode, `${label}: ${res.body}`).toBe(seesCase ? 403 : 404);
      for (const value of CLEAR_VALUES) expect(res.body).not.toContain(value);
      // Those who see the case learn that a reporter is on file, not who, nor how to ask.
      if (seesCase)
        expect((await getCase(app, s, c.id)).json<CaseDetail>().intakes[0]?.reporter).toEqual({
          status: 'sealed',
          id: null,
        });
    }
    expect(refused.map(([, status]) => status)).toContain(403);
    expect(refused.map(([, status]) => status)).toContain(404);
    expect(await auditCount()).toBe(before);
  });

  it('answers 404 for a reporter of another case, even to the custodian', async () => {
    const a = await createReport();
    const b = await createReport();
    for (const s of [custodian, staf]) expect((await unseal(s, a.id, reporterIdOf(b))).statusCode).toBe(404);
  });

  it('does not open a tampered sealed value, nor one copied onto another reporter, and audits nothing', async () => {
    const a = await createReport();
    const b = await createReport({ reporter: { name: 'Pelapor Kedua' } });
    const before = await auditCount();
    // Copied: reporter b now holds a's sealed identity, bound to a's ids.
    await t.db.pool.query(
      `UPDATE case_reporters SET sealed_identity = (SELECT sealed_identity FROM case_reporters WHERE id = $1)
        WHERE id = $2`,
      [reporterIdOf(a), reporterIdOf(b)],
    );
    const copied = await unseal(custodian, b.id, reporterIdOf(b));
    expect(copied.statusCode).toBe(500);
    expect(copied.body).not.toContain(REPORTER.name);
    // Tampered: one bit of a's ciphertext flipped.
    const { rows } = await t.db.pool.query<{ sealed_identity: string }>(
      'SELECT sealed_identity FROM case_reporters WHERE id = $1',
      [reporterIdOf(a)],
    );
    const parts = (rows[0]?.sealed_identity ?? '').split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    await t.db.pool.query('UPDATE case_reporters SET sealed_identity = $1 WHERE id = $2', [
      parts.join('.'),
      reporterIdOf(a),
    ]);
    const tampered = await unseal(custodian, a.id, reporterIdOf(a));
    expect(tampered.statusCode).toBe(500);
    expect(await auditCount()).toBe(before);
  });
});
