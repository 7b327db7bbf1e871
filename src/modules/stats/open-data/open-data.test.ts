// The daily open-data dump: written once per day, listed with its licence, each file downloadable and matching
// its SHA-256, the same figures as the API. Both backends.
import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TEST_NOW } from '../../../../test/support/case-factory';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK } from '../../../../test/support/case-driver';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { BlobStore } from '../../../platform/blobs/blob-store';
import type { PublicStats } from '../schema';
import type { OpenDataManifest } from './open-data-schema';
import { writeOpenDataDump } from './write-open-data';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  const desks = await createDesks(t.app);
  for (let i = 0; i < 4; i++) await (await CaseDriver.create(t.db.pool, desks)).walk(PATH_TO_AWAITING_PPK);
});
afterAll(async () => {
  await t?.destroy();
});

const get = (url: string) => t.app.inject({ url });

describe('open-data dump', () => {
  it('is written once a day, with every table, and a second run is a no-op', async () => {
    const blobs = BlobStore.inDataDir(t.config.dataDir);
    const first = await writeOpenDataDump(t.db.pool, blobs, CASE_TEST_NOW);
    expect(first).toMatchObject({ day: '2024-11-04' });
    expect(first.files).toBeGreaterThan(12);
    expect(await writeOpenDataDump(t.db.pool, blobs, CASE_TEST_NOW)).toEqual({ day: '2024-11-04', files: 0 });
    const days = (await get('/api/public/open-data')).json<{ day: string; files: number }[]>();
    expect(days).toEqual([expect.objectContaining({ day: '2024-11-04', files: first.files })]);
  });

  it('lists its files with their SHA-256 and licence, and each download matches', async () => {
    const res = await get('/api/public/open-data/2024-11-04');
    expect(res.statusCode).toBe(200);
    const manifest = res.json<OpenDataManifest>();
    expect(manifest.licence.id).toBe('ODbL-1.0');
    expect(manifest.files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'funnel.csv',
        'funnel.json',
        'funnel-by-category.csv',
        'funnel-by-asn-type.csv',
        'ppk-league.csv',
        'trend.csv',
      ]),
    );
    for (const f of manifest.files) {
      const file = await get(f.url);
      expect(file.statusCode, f.name).toBe(200);
      expect(crypto.createHash('sha256').update(file.rawPayload).digest('hex'), f.name).toBe(f.sha256);
      expect(file.rawPayload.length).toBe(f.sizeBytes);
    }
  });

  it('holds the same figures as the API', async () => {
    const csv = parse<Record<string, string>>(
      (await get('/api/public/open-data/2024-11-04/funnel.csv')).body,
      {
        columns: true,
      },
    );
    const pilkada = csv.find((r) => r.election === 'pilkada-2024');
    const api = (await get('/api/public/stats?election=pilkada-2024')).json<PublicStats>();
    expect(pilkada?.proven).toBe(String(api.funnel.proven));
    expect(pilkada?.counting_date).toBe('2024-11-04');
    expect(csv.map((r) => r.election)).toContain('all');
  });

  it('answers 404 for a day without a dump or an unknown file, 400 for a malformed name', async () => {
    expect((await get('/api/public/open-data/2024-11-05')).statusCode).toBe(404);
    expect((await get('/api/public/open-data/2024-11-04/secret.csv')).statusCode).toBe(404);
    expect((await get('/api/public/open-data/2024-11-04/..%2Fetc.csv')).statusCode).toBe(400);
    expect((await get('/api/public/open-data/yesterday')).statusCode).toBe(400);
  });

  it('keeps what it wrote: rows cannot be changed', async () => {
    await expect(t.db.pool.query(`DELETE FROM open_data_files`)).rejects.toThrow(/kept as written/);
  });
});
