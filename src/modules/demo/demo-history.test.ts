// Issue 5 acceptance: the demo generator, driving the real workflow, reproduces KASN's and BKN's published
// Pilkada 2020 totals at their dates (REF §2.2), with the published sanction mix, agencies and provinces; the
// Dec 2021 recap is not forced. Both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { verifyAuditChain } from '../../platform/audit';
import { BlobStore } from '../../platform/blobs/blob-store';
import { reporterIdentityKey } from '../cases';
import { verifyStats } from '../stats/actions/verify-stats';
import { shippedAgencyFigures } from '../stats/agency-figures';
import type { PublicStats } from '../stats/schema';
import type { PpkLeague } from '../stats/league-schema';
import type { Reconciliation } from '../stats/reconciliation-schema';
import { RECONCILIATION_IDENTITIES } from '../stats/reconciliation';
import type { StatsSnapshot } from '../stats/snapshot-schema';
import type { StatsTrend } from '../stats/trend-schema';
import { canonicalJson } from '../../platform/audit';
import crypto from 'node:crypto';
import { signInAs } from '../../../test/support/staff-session';
import { generateDemoHistory, type DemoHistoryRun } from './generate-demo-history';

let t: TestApp;
let run: DemoHistoryRun;
const args = () => ({
  pool: t.db.pool,
  blobs: BlobStore.inDataDir(t.config.dataDir),
  reporterKey: reporterIdentityKey(t.config),
  now: new Date(),
  elections: ['pilkada-2020'],
});

beforeAll(async () => {
  t = await createTestApp();
  run = await generateDemoHistory(args());
}, 900_000);
afterAll(async () => {
  await t?.destroy();
});

async function stats(query: string): Promise<PublicStats> {
  const res = await t.app.inject({ url: `/api/public/stats?election=pilkada-2020&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PublicStats>();
}

/** A breakdown's forwarded (or another) figure per group key. */
async function byKey(by: string, asOf: string, figure: 'forwarded' | 'proven' = 'forwarded') {
  const s = await stats(`by=${by}&asOf=${asOf}`);
  return new Map((s.breakdown?.rows ?? []).map((r) => [r.key, r.figures[figure] ?? 0]));
}

const calibrated = shippedAgencyFigures().filter(
  (f) => f.electionId === 'pilkada-2020' && f.calibrates && f.unit === 'asn',
);

describe('the Pilkada 2020 demo history', () => {
  it('is written through the workflow, every case flagged demo', async () => {
    expect(run.cases).toBeGreaterThan(1900);
    expect(run.steps).toBeGreaterThan(run.cases * 6);
    const { rows } = await t.db.pool.query<{ n: number; demo: number; events: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE is_demo)::int AS demo,
              (SELECT count(*)::int FROM case_events) AS events FROM cases`,
    );
    expect(rows[0]?.demo).toBe(rows[0]?.n);
    expect(rows[0]?.events).toBe(run.cases + run.steps);
    expect((await stats('')).includesDemoData).toBe(true);
  });

  it.each(calibrated.map((f) => [f.agency.toUpperCase(), f.asOf, f] as const))(
    'reproduces %s’s figures as of %s',
    async (_agency, asOf, figure) => {
      const s = await stats(`asOf=${asOf}`);
      expect(s.countingDate).toBe(asOf);
      expect(s.countedFrom).toBe('event_history');
      for (const v of figure.values) expect({ [v.netra]: s.funnel[v.netra] }).toEqual({ [v.netra]: v.value });
    },
  );

  it('covers the five KASN rows the issue names, with the January 2021 sanction mix 130/533/32/884/17', async () => {
    const kasn = calibrated.filter((f) => f.agency === 'kasn').map((f) => f.asOf);
    expect(kasn).toEqual(
      expect.arrayContaining(['2020-08-19', '2020-09-30', '2020-10-13', '2020-11-02', '2021-01-31']),
    );
    const mix = await byKey('sanction', '2021-01-31', 'proven');
    expect(Object.fromEntries(mix)).toMatchObject({
      'moral-tertutup': 130,
      'moral-terbuka': 533,
      light: 32,
      moderate: 884,
      severe: 17,
    });
  });

  it('has KASN’s September 2020 agencies and provinces, and its January 2021 top ten in order', async () => {
    const agencies = await byKey('agency', '2020-09-30');
    expect(
      Object.fromEntries(
        ['pemda-33.03', 'pemda-74.07', 'pemda-35.06', 'pemda-16.13', 'pemda-52.04'].map((a) => [
          a,
          agencies.get(a),
        ]),
      ),
    ).toEqual({
      'pemda-33.03': 56,
      'pemda-74.07': 34,
      'pemda-35.06': 21,
      'pemda-16.13': 19,
      'pemda-52.04': 18,
    });
    const provinces = [...(await byKey('province', '2020-09-30')).entries()].sort((a, b) => b[1] - a[1]);
    expect(provinces.slice(0, 5)).toEqual([
      ['74', 90],
      ['52', 83],
      ['33', 74],
      ['73', 49],
      ['35', 42],
    ]);
    const top = [...(await byKey('agency', '2021-01-31')).entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(top.map(([code]) => code)).toEqual([
      'pemda-33.03',
      'pemda-71.09',
      'pemda-53.11',
      'pemda-74.07',
      'pemda-76.02',
      'pemda-82.06',
      'pemda-82.04',
      'kl-kemenag',
      'pemda-74.09',
      'pemda-92.08',
    ]);
  });

  it('has the published category and jabatan shares within 2 points', async () => {
    const share = (m: Map<string, number>) => {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      return (k: string) => (100 * (m.get(k) ?? 0)) / total;
    };
    const category = share(await byKey('category', '2021-01-31'));
    for (const [k, pct] of Object.entries({
      media_sosial: 30.4,
      kegiatan_keberpihakan: 22.4,
      foto_simbol: 12.6,
      hadir_deklarasi: 10.9,
      pendekatan_parpol: 5.6,
    }))
      expect(Math.abs(category(k) - pct), k).toBeLessThan(2);
    const jabatan = share(await byKey('jabatan', '2021-01-31'));
    for (const [k, pct] of Object.entries({
      fungsional: 26.5,
      pelaksana: 17.2,
      jpt: 15.7,
      administrator: 13.4,
      pengawas: 11.8,
    }))
      expect(Math.abs(jabatan(k) - pct), k).toBeLessThan(2);
  });

  it('does not force KASN’s lower December 2021 recap: Netra’s count never falls', async () => {
    const recap = shippedAgencyFigures().find((f) => f.id === 'kasn-2021-12-16');
    expect(recap?.calibrates).toBe(false);
    const s = await stats('asOf=2021-12-16');
    expect(s.funnel.forwarded).toBe(2034);
    expect(s.funnel.forwarded).not.toBe(recap?.values.find((v) => v.netra === 'forwarded')?.value);
  });

  it('leaves the aggregates equal to the recount and the audit chain intact', async () => {
    expect((await verifyStats(t.db.pool)).ok).toBe(true);
    expect((await verifyAuditChain(t.db.pool)).ok).toBe(true);
  });

  it('writes nothing on a second run (resumes after what is written)', async () => {
    const again = await generateDemoHistory(args());
    expect(again).toEqual({ cases: 0, steps: 0, skipped: run.cases });
  });
});

async function api<T>(url: string): Promise<T> {
  const res = await t.app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

describe('public statistics on the demo history', () => {
  it('trend: each month end equals the as-of count of that day', async () => {
    const trend = await api<StatsTrend>('/api/public/stats/trend?election=pilkada-2020');
    const nov = trend.points.find((p) => p.asOf === '2020-11-30');
    const asOf = await stats('asOf=2020-11-30');
    expect(nov).toMatchObject({
      forwarded: asOf.funnel.forwarded,
      proven: asOf.funnel.proven,
      sanctioned: asOf.funnel.sanctioned,
    });
    const jan = trend.points.find((p) => p.asOf === '2021-01-31');
    expect(jan).toMatchObject({ forwarded: 2034, proven: 1596, sanctioned: 1373 });
    expect(trend.points.at(-1)?.forwarded).toBe((await stats('')).funnel.forwarded);
    const csv = await t.app.inject({ url: '/api/public/stats/trend.csv?election=pilkada-2020' });
    expect(csv.body).toMatch(/\n2021-01-31,\d+,2034,1596,1373,0\.86/);
  });

  it('league: per agency the follow-up adds up, and the totals are the proven persons', async () => {
    const league = await api<PpkLeague>('/api/public/stats/ppk-league?election=pilkada-2020');
    const now = await stats('');
    expect(league.totals.received).toBe(now.funnel.proven);
    const { received, inTime, late } = league.totals;
    expect(league.totals.followUpRate).toBeCloseTo(((inTime ?? 0) + (late ?? 0)) / (received ?? 1), 10);
    // The slow PPKs of BKN's November 2020 list owe the most.
    expect(league.rows.slice(0, 10).map((r) => r.agencyCode)).toContain('pemda-33.03');
    for (const r of league.rows) {
      const f = r.figures;
      if ([f.received, f.inTime, f.late, f.outstanding, f.other].every((v) => v !== null))
        expect((f.inTime ?? 0) + (f.late ?? 0) + (f.outstanding ?? 0) + (f.other ?? 0)).toBe(f.received);
      // A withheld cell never stands alone in a row's sum.
      expect(
        [f.received, f.inTime, f.late, f.outstanding, f.other].filter((v) => v === null).length,
      ).not.toBe(1);
    }
  });

  it('reconciliation: the three counts and the published figures beside Netra’s', async () => {
    const r = await api<Reconciliation>(
      '/api/public/stats/reconciliation?election=pilkada-2020&asOf=2021-01-31',
    );
    const line = (agency: string, code: string) =>
      r.conventions.find((c) => c.agency === agency)?.lines.find((l) => l.code === code)?.value;
    expect(line('bkn', 'asn_dilaporkan')).toBe(2034);
    const diff = (code: string) => r.differences.find((d) => d.code === code)?.value ?? 0;
    // Persons forwarded = cases forwarded + the extra persons of multi-ASN cases.
    expect(line('bawaslu', 'diteruskan')).toBe(2034 - diff('asn_per_kasus'));
    expect(line('kemendagri', 'asn_daerah_dilaporkan')).toBe(
      2034 - diff('instansi_pusat') - diff('instansi_tidak_diketahui'),
    );
    const kasnJan = r.published.find((p) => p.figure.id === 'kasn-2021-01');
    expect(kasnJan?.netra).toEqual(kasnJan?.figure.values.map((v) => ({ netra: v.netra, value: v.value })));
    // No withheld line can be worked out from a sum of the others.
    const values = new Map<string, number | null>([
      ...r.conventions.flatMap((c) => c.lines.map((l) => [`${c.agency}|${l.code}`, l.value] as const)),
      ...r.differences.map((d) => [`diff|${d.code}`, d.value] as const),
    ]);
    for (const i of RECONCILIATION_IDENTITIES)
      expect([i.total, ...i.parts].filter((id) => values.get(id) === null).length, i.total).not.toBe(1);
    const recap = r.published.find((p) => p.figure.id === 'kasn-2021-12-16');
    expect(recap?.netra.find((v) => v.netra === 'forwarded')?.value).toBe(2034);
  });

  it('reconciliation: Bawaslu’s 4 October 2020 reports (744 temuan + 61 laporan), merged into fewer cases', async () => {
    const r = await api<Reconciliation>(
      '/api/public/stats/reconciliation?election=pilkada-2020&asOf=2020-10-04',
    );
    const line = (code: string) =>
      r.conventions.find((c) => c.agency === 'bawaslu')?.lines.find((l) => l.code === code)?.value;
    expect([line('temuan_laporan'), line('temuan'), line('laporan')]).toEqual([805, 744, 61]);
    const merged = r.differences.find((d) => d.code === 'laporan_digabung')?.value ?? 0;
    expect(merged).toBeGreaterThan(0);
    expect(line('kasus')).toBe(805 - merged);
    const bawaslu = r.published.find((p) => p.figure.id === 'bawaslu-2020-10-04');
    const netra = (key: string) => bawaslu?.netra.find((v) => v.netra === key)?.value ?? 0;
    expect(netra('reported')).toBe(805);
    // Its other lines count reports too, not cases: a forwarded case counts each report merged into it.
    expect(netra('forwarded')).toBeGreaterThan(line('diteruskan') ?? 0);
    expect(netra('forwarded') + netra('notAViolation') + netra('inProcess')).toBeLessThanOrEqual(805);
    // Every further report was added while Bawaslu held its case, through the workflow, with an event.
    const { rows } = await t.db.pool.query<{ intakes: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM case_intakes) - (SELECT count(*)::int FROM cases) AS intakes,
              (SELECT count(*)::int FROM case_events WHERE action IN ('add_report', 'add_finding')) AS events`,
    );
    expect(rows[0]?.events).toBe(rows[0]?.intakes);
    expect(rows[0]?.intakes).toBeGreaterThan(805 - 694);
  });

  it('snapshots: published once, frozen, citable by their SHA-256', async () => {
    const admin = await signInAs(t.app, 'admin');
    const body = {
      id: 'kasn-januari-2021',
      title: 'Pilkada 2020 per Januari 2021',
      asOf: '2021-01-31',
      election: 'pilkada-2020',
    };
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/stats/snapshots', headers: admin.headers, payload });
    const first = await post(body);
    expect(first.statusCode, first.body).toBe(201);
    expect((await post(body)).statusCode).toBe(409);
    expect((await post({ ...body, id: 'masa-depan', asOf: '2999-01-01' })).json()).toMatchObject({
      error: { fields: [{ path: 'body.asOf' }] },
    });
    const snap = await api<StatsSnapshot>('/api/public/stats/snapshots/kasn-januari-2021');
    expect(snap.figures.funnel).toMatchObject({ forwarded: 2034, proven: 1596, sanctioned: 1373 });
    expect(crypto.createHash('sha256').update(canonicalJson(snap.figures)).digest('hex')).toBe(snap.sha256);
    expect(snap.figures.breakdowns.sanction.find((row) => row.key === 'moderate')?.figures.proven).toBe(884);
    await expect(t.db.pool.query(`UPDATE stats_snapshots SET title = 'x'`)).rejects.toThrow(/frozen/);
    const csv = await t.app.inject({ url: '/api/public/stats/snapshots/kasn-januari-2021.csv' });
    const dims = [
      ...new Set(
        csv.body
          .trim()
          .split('\n')
          .slice(2)
          .map((l) => l.split(',')[1]),
      ),
    ];
    expect(dims).toEqual([
      'category',
      'jabatan',
      'asn_type',
      'phase',
      'province',
      'regency',
      'agency',
      'month',
      'sanction',
    ]);
    const list = await api<{ id: string }[]>('/api/public/stats/snapshots');
    expect(list.map((x) => x.id)).toContain('kasn-januari-2021');
  });
});
