// GET /api/public/stats and /stats.csv: public, validated, small cells withheld, the CSV is the table.
import { parse } from 'csv-parse/sync';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TEST_NOW } from '../../../test/support/case-factory';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK, type Desks } from '../../../test/support/case-driver';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { CASE_STATE_INFO } from '../cases/states';
import { brokenInvariants, funnelOf, STATE_BUCKET } from './funnel';
import type { PpkLeague } from './league-schema';
import type { PublicStats } from './schema';
import { csvSafe } from './stats-csv';

let t: TestApp;
let desks: Desks;
beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  desks = await createDesks(t.app);
  // Four cases in Purbalingga (33.03): three proven (awaiting the PPK), one still with Bawaslu.
  for (let i = 0; i < 3; i++) await (await CaseDriver.create(t.db.pool, desks)).walk(PATH_TO_AWAITING_PPK);
  await CaseDriver.create(t.db.pool, desks);
});
afterAll(async () => {
  await t?.destroy();
});

const get = (url: string, lang = 'id') =>
  t.app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });

describe('funnel', () => {
  it('puts every state in one bucket and keeps the identities', () => {
    expect(Object.keys(STATE_BUCKET).sort()).toEqual(Object.keys(CASE_STATE_INFO).sort());
    const f = funnelOf(Object.keys(CASE_STATE_INFO).map((state, i) => ({ state, n: i + 1 })));
    expect(brokenInvariants(f)).toEqual([]);
    expect(f.reported).toBe((24 * 25) / 2);
    expect(() => funnelOf([{ state: 'nonsense', n: 1 }])).toThrow(/no statistics bucket/);
  });

  it('makes spreadsheet formulas inert', () => {
    for (const v of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx'])
      expect(csvSafe(v).startsWith("'")).toBe(true);
    expect(csvSafe('Kab. Purbalingga')).toBe('Kab. Purbalingga');
  });
});

describe('GET /api/public/stats', () => {
  it('answers without a login, with the counting date and the funnel', async () => {
    const res = await get('/api/public/stats?election=pilkada-2024');
    expect(res.statusCode).toBe(200);
    const s = res.json<PublicStats>();
    expect(s.countingDate).toBe('2024-11-04');
    expect(s.funnel).toMatchObject({
      inProcess: null,
      forwarded: 3,
      proven: 3,
      awaitingPpk: 3,
      sanctioned: 0,
    });
    // reported 4 − forwarded 3 would give the withheld 1 away: the total goes too (cheaper to lose than forwarded).
    expect(s.funnel.reported).toBeNull();
    expect(s.funnel.followUpRate).toBe(0);
  });

  it('withholds small cells in a breakdown, and the CSV is the same table', async () => {
    const res = await get('/api/public/stats?by=jabatan', 'en');
    const s = res.json<PublicStats>();
    expect(s.breakdown?.rows).toEqual([
      expect.objectContaining({ key: 'pengawas', label: 'Supervisor (pengawas)' }),
    ]);
    expect(s.breakdown?.rows[0]?.figures).toMatchObject({ reported: null, proven: 3, inProcess: null });
    const csv = await get('/api/public/stats.csv?by=jabatan', 'en');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const parsed: unknown = parse(csv.body);
    const [head, ...rows] = parsed as string[][];
    expect(head?.slice(0, 4)).toEqual(['counting_date', 'jabatan', 'label', 'reported']);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(0, 5)).toEqual(['2024-11-04', 'pengawas', 'Supervisor (pengawas)', 'x', 'x']);
  });

  it('counts a case under the day its temuan reached Bawaslu, not the day it was entered', async () => {
    // findingBody: received 2 Nov 2024, entered on 4 Nov (CASE_TEST_NOW).
    const on = (q: string) =>
      get(`/api/public/stats?election=pilkada-2024&${q}`).then((r) => r.json<PublicStats>());
    expect((await on('from=2024-11-02&to=2024-11-02')).funnel.forwarded).toBe(3);
    expect((await on('from=2024-11-03')).funnel.forwarded).toBe(0);
    const months = (await on('by=month')).breakdown?.rows.map((r) => r.key);
    expect(months).toEqual(['2024-11']);
  });

  it('writes a CSV in the language its link asks for, whatever the browser sends', async () => {
    const en = await get('/api/public/stats.csv?by=jabatan&lang=en&columns=proven', 'id');
    expect(en.body).toContain('Supervisor (pengawas)');
    expect(en.body.split('\n')[0]).toBe('counting_date,jabatan,label,proven');
    expect((await get('/api/public/stats.csv?lang=fr', 'en')).statusCode).toBe(400);
  });

  it('groups violation forms into the published categories', async () => {
    const s = (await get('/api/public/stats?by=category')).json<PublicStats>();
    expect(s.breakdown?.rows.map((r) => r.key)).toEqual(['kampanye']);
  });

  it('refuses unknown filters, unknown codes and reversed ranges with 400 naming them', async () => {
    const cases: [string, string][] = [
      ['/api/public/stats?election=pemilu-1900', 'querystring.election'],
      ['/api/public/stats?province=99', 'querystring.province'],
      ['/api/public/stats?colour=red', 'querystring'],
      ['/api/public/stats?by=shoe_size', 'querystring.by'],
      ['/api/public/stats?from=2024-12-01&to=2024-11-01', 'querystring.from'],
      ['/api/public/stats?province=33&regency=34.01', 'querystring.regency'],
      ['/api/public/stats?asOf=2024-02-31', 'querystring.asOf'],
      ['/api/public/stats?asOf=2024-11-05', 'querystring.asOf'],
    ];
    for (const [url, path] of cases) {
      const res = await get(url, 'en');
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(res.json()), url).toContain(path);
    }
  });
});

describe('GET /api/public/stats/ppk-league', () => {
  it('counts a region without recommendations as zeros, not as withheld cells', async () => {
    // Kota Semarang (33.74): no case there, so no recommendation either.
    const res = await get('/api/public/stats/ppk-league?election=pilkada-2024&regency=33.74');
    expect(res.statusCode).toBe(200);
    const league = res.json<PpkLeague>();
    expect(league.rows).toEqual([]);
    expect(league.includesDemoData).toBe(false);
    expect(league.totals).toMatchObject({
      received: 0,
      inTime: 0,
      late: 0,
      outstanding: 0,
      followUpRate: null,
    });
  });
});
