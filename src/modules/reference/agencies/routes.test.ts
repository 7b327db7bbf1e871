import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { findBknOfficesCovering, findPpkAgencyForRegion } from './queries';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.destroy();
});

const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/reference${url}` });
type AgencyPage = {
  items: {
    code: string;
    name: string;
    kind: string;
    regionCode: string | null;
    ppkTitle: string;
    supervisor: string;
  }[];
  total: number;
};

describe('agencies (instansi) and their PPK', () => {
  it('gives every autonomous kab/kota exactly one agency and the 6 DKI units none', async () => {
    const { rows } = await t.db.pool.query<{ autonomous: boolean; agencies: number; n: number }>(
      `SELECT r.is_autonomous AS autonomous, (SELECT count(*) FROM agencies a WHERE a.region_code = r.code)::int AS agencies,
              count(*)::int AS n
         FROM regions r WHERE r.level = 'regency' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { autonomous: false, agencies: 0, n: 6 },
      { autonomous: true, agencies: 1, n: 508 },
    ]);
  });

  it('resolves every kab/kota to one PPK agency: its own, or DKI for the administrative units', async () => {
    const { rows } = await t.db.pool.query<{ code: string; is_autonomous: boolean }>(
      `SELECT code, is_autonomous FROM regions WHERE level = 'regency'`,
    );
    for (const region of rows) {
      const agency = await findPpkAgencyForRegion(t.db.pool, region.code);
      expect(agency?.code).toBe(region.is_autonomous ? `pemda-${region.code}` : 'pemda-31');
    }
  });

  it('names regional agencies and their PPK after the region', async () => {
    const page = (await get('/agencies?q=banjarbaru')).json<AgencyPage>();
    expect(page.items[0]).toMatchObject({
      code: 'pemda-63.72',
      name: 'Pemerintah Kota Banjarbaru',
      kind: 'regional',
      ppkTitle: 'Wali Kota Banjarbaru',
      supervisor: 'kemendagri',
    });
    const jateng = (await get('/agencies/pemda-33')).json<AgencyPage['items'][number]>();
    expect(jateng).toMatchObject({
      name: 'Pemerintah Provinsi Jawa Tengah',
      ppkTitle: 'Gubernur Jawa Tengah',
    });
  });

  it('lists central ministries and agencies supervised by KemenPANRB', async () => {
    const page = (await get('/agencies?kind=central&pageSize=200')).json<AgencyPage>();
    expect(page.total).toBeGreaterThanOrEqual(60);
    expect(page.items.every((a) => a.supervisor === 'kemenpanrb' && a.regionCode === null)).toBe(true);
    expect(page.items.map((a) => a.code)).toEqual(
      expect.arrayContaining(['kl-kemenag', 'kl-kemendagri', 'kl-bkn', 'kl-bps', 'kl-bmkg']),
    );
    expect((await get('/agencies/kl-kemenag')).json()).toMatchObject({
      ppkTitle: 'Menteri Agama',
      confidence: 'secondary',
    });
  });

  it('finds an agency by its abbreviation', async () => {
    const page = (await get('/agencies?q=BKN')).json<AgencyPage>();
    expect(page.items[0]?.code).toBe('kl-bkn');
  });

  it('lists the regional governments of a province: the province and its autonomous kab/kota', async () => {
    const page = (await get('/agencies?province=31')).json<AgencyPage>();
    expect(page.items.map((a) => a.code)).toEqual(['pemda-31']);
    expect((await get('/agencies?province=33&pageSize=1')).json<AgencyPage>().total).toBe(36);
  });

  it.each([
    ['/agencies/pemda-31.71', 404, 'NOT_FOUND'],
    ['/agencies/kl-unknown', 404, 'NOT_FOUND'],
    ['/agencies/kemenag', 400, 'VALIDATION_FAILED'],
    ['/agencies?kind=daerah', 400, 'VALIDATION_FAILED'],
    ['/agencies?province=99', 400, 'VALIDATION_FAILED'],
    ['/agencies?region=33', 400, 'VALIDATION_FAILED'],
  ])('%s answers %i %s', async (url, status, code) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.json<{ error: { code: string } }>().error.code).toBe(code);
  });
});

describe('BKN offices', () => {
  it('lists pusat and 14 Kantor Regional that together cover each province once', async () => {
    const offices = (await get('/bkn-offices')).json<
      { code: string; coversAll: boolean; provinces: { provinceCode: string; confidence: string }[] }[]
    >();
    expect(offices.map((o) => o.code)).toEqual([
      'pusat',
      ...Array.from({ length: 14 }, (_, i) => `kanreg-${i + 1}`),
    ]);
    const covered = offices.flatMap((o) => o.provinces.map((p) => p.provinceCode));
    expect(new Set(covered).size).toBe(38);
    expect(covered).toHaveLength(38);
    expect(offices.flatMap((o) => o.provinces).every((p) => p.confidence === 'unverified')).toBe(true);
  });

  it('scopes a province to pusat and its Kantor Regional', async () => {
    const codes = await findBknOfficesCovering(t.db.pool, '73');
    expect(codes[0]).toBe('pusat');
    expect(codes).toHaveLength(2);
  });
});
