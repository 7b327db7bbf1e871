import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { parseHolidayFile } from './holidays/seed';
import { readReferenceFiles, REFERENCE_DATA_DIR } from './reference-files';
import { seedReferenceData } from './seed-reference-data';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: number }>(sql, params);
  return rows[0]?.n ?? -1;
}

describe('reference data seed', () => {
  it('loads 38 provinces, 514 kab/kota (416 kabupaten + 98 kota) and every kecamatan', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM regions WHERE level = 'province'`)).toBe(38);
    expect(await count(`SELECT count(*)::int AS n FROM regions WHERE level = 'regency'`)).toBe(514);
    expect(await count(`SELECT count(*)::int AS n FROM regions WHERE kind = 'kabupaten'`)).toBe(416);
    expect(await count(`SELECT count(*)::int AS n FROM regions WHERE kind = 'kota'`)).toBe(98);
    expect(await count(`SELECT count(*)::int AS n FROM regions WHERE level = 'district'`)).toBe(7285);
  });

  it('flags exactly the 6 DKI administrative units as not autonomous', async () => {
    const { rows } = await t.db.pool.query<{ code: string; kind: string }>(
      `SELECT code, kind FROM regions WHERE level = 'regency' AND NOT is_autonomous ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '31.01', kind: 'kabupaten' },
      ...['31.71', '31.72', '31.73', '31.74', '31.75'].map((code) => ({ code, kind: 'kota' })),
    ]);
  });

  it('records Pilkada 2024 in 545 regions: 37 provinces (not DIY) + 415 kabupaten + 93 kota', async () => {
    const holding = (kind: string) =>
      count(
        `SELECT count(*)::int AS n FROM election_regions er JOIN regions r ON r.code = er.region_code
          WHERE er.election_id = 'pilkada-2024' AND er.holds_election AND r.kind = $1`,
        [kind],
      );
    expect([await holding('province'), await holding('kabupaten'), await holding('kota')]).toEqual([
      37, 415, 93,
    ]);
    const diy = await t.db.pool.query(
      `SELECT holds_election FROM election_regions WHERE election_id = 'pilkada-2024' AND region_code = '34'`,
    );
    expect(diy.rows[0]).toEqual({ holds_election: false });
  });

  it('marks Pemilu 2019 and 2024 as held in every province and kab/kota', async () => {
    for (const id of ['pemilu-2019', 'pemilu-2024']) {
      expect(
        await count(
          `SELECT count(*)::int AS n FROM election_regions WHERE election_id = $1 AND holds_election`,
          [id],
        ),
      ).toBe(552);
    }
  });

  it('keeps Pilkada 2020 participation unknown except 9 provinces marked unverified', async () => {
    const { rows } = await t.db.pool.query<{ holds: boolean | null; confidence: string | null; n: number }>(
      `SELECT holds_election AS holds, confidence, count(*)::int AS n FROM election_regions
        WHERE election_id = 'pilkada-2020' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { holds: false, confidence: 'verified', n: 6 },
      { holds: true, confidence: 'unverified', n: 9 },
      { holds: null, confidence: null, n: 537 },
    ]);
    const declared = await t.db.pool.query(
      `SELECT declared_provinces, declared_kabupaten, declared_kota FROM elections WHERE id = 'pilkada-2020'`,
    );
    expect(declared.rows[0]).toEqual({ declared_provinces: 9, declared_kabupaten: 224, declared_kota: 37 });
  });

  it('loads as many holidays per year as the holiday file lists', async () => {
    const file = parseHolidayFile(readReferenceFiles());
    const { rows } = await t.db.pool.query<{ year: number; n: number }>(
      `SELECT extract(year FROM date)::int AS year, count(*)::int AS n FROM holidays GROUP BY 1 ORDER BY 1`,
    );
    const expected = Object.entries(file.years).map(([year, entries]) => ({
      year: Number(year),
      n: entries.length,
    }));
    expect(expected.length).toBeGreaterThanOrEqual(9);
    expect(rows).toEqual(expected);
  });

  it('skips the load when the data files are unchanged', async () => {
    const before = await t.db.pool.query('SELECT loaded_at FROM reference_data_state');
    const started = performance.now();
    const result = await seedReferenceData(t.db.pool);
    expect(result).toMatchObject({ loaded: false, changedRows: 0 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await t.db.pool.query('SELECT loaded_at FROM reference_data_state')).rows).toEqual(before.rows);
  });

  it('changes no row when the same data is loaded again', async () => {
    const result = await seedReferenceData(t.db.pool, { force: true });
    expect(result).toMatchObject({ loaded: true, changedRows: 0 });
  });

  it('keeps an admin edit when the data is reloaded, and restores a seed row someone changed', async () => {
    await t.db.pool.query(
      `UPDATE agencies SET ppk_title = 'Menteri Agama RI', origin = 'admin' WHERE code = 'kl-kemenag'`,
    );
    await t.db.pool.query(`UPDATE agencies SET ppk_title = 'x' WHERE code = 'kl-bps'`);
    const result = await seedReferenceData(t.db.pool, { force: true });
    expect(result.changedRows).toBe(1);
    const { rows } = await t.db.pool.query(
      `SELECT code, ppk_title FROM agencies WHERE code IN ('kl-kemenag', 'kl-bps') ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: 'kl-bps', ppk_title: 'Kepala Badan Pusat Statistik' },
      { code: 'kl-kemenag', ppk_title: 'Menteri Agama RI' },
    ]);
  });

  it('reloads when a data file changes, and refuses participation that contradicts the published totals', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-reference-'));
    try {
      fs.cpSync(REFERENCE_DATA_DIR, dir, { recursive: true });
      const file = path.join(dir, 'elections/elections.json');
      const original = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, original.replace('"name": "Pemilihan Umum 2019"', '"name": "Pemilu 2019"'));
      const renamed = await seedReferenceData(t.db.pool, { dataDir: dir });
      expect(renamed).toMatchObject({ loaded: true, changedRows: 1 });
      expect((await t.db.pool.query(`SELECT name FROM elections WHERE id = 'pemilu-2019'`)).rows[0]).toEqual({
        name: 'Pemilu 2019',
      });

      // DIY (34) flipped to holding Pilkada 2024 would make 38 provinces against the published 37.
      fs.writeFileSync(
        file,
        original.replace(
          '{ "regionCode": "34", "holdsElection": false',
          '{ "regionCode": "34", "holdsElection": true',
        ),
      );
      await expect(seedReferenceData(t.db.pool, { dataDir: dir })).rejects.toThrow(
        /pilkada-2024: participation gives/,
      );
      expect(await getChecksum()).toBe(renamed.checksum);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await seedReferenceData(t.db.pool);
    }
  });
});

async function getChecksum(): Promise<string | undefined> {
  const { rows } = await t.db.pool.query<{ checksum: string }>('SELECT checksum FROM reference_data_state');
  return rows[0]?.checksum;
}
