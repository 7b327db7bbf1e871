import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.destroy();
});

const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/reference${url}` });

describe('GET /api/reference/regions', () => {
  it('lists provinces with their kind and autonomy', async () => {
    const res = await get('/regions?level=province&pageSize=200');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { code: string }[]; total: number }>();
    expect(body.total).toBe(38);
    expect(body.items[0]).toEqual({
      code: '11',
      name: 'Aceh',
      level: 'province',
      kind: 'province',
      isAutonomous: true,
      provinceCode: '11',
    });
  });

  it('pages through the 514 kab/kota of a level', async () => {
    const res = await get('/regions?level=regency&page=3&pageSize=200');
    const body = res.json<{ items: unknown[]; total: number }>();
    expect(body.total).toBe(514);
    expect(body.items).toHaveLength(114);
  });

  it('finds Purbalingga despite the typo "purbalinga"', async () => {
    const res = await get('/regions?q=purbalinga');
    const body = res.json<{ items: { code: string; name: string; kind: string }[] }>();
    expect(body.items[0]).toMatchObject({ code: '33.03', name: 'Kabupaten Purbalingga', kind: 'kabupaten' });
  });

  it('finds kecamatan by name within a province', async () => {
    const res = await get('/regions?level=district&province=33&q=kutasari');
    const body = res.json<{ items: { code: string; name: string }[] }>();
    expect(body.items.some((r) => r.code.startsWith('33.03.') && r.name === 'Kutasari')).toBe(true);
  });

  it('filters to the 545 regions holding Pilkada 2024 and leaves out the DKI administrative units', async () => {
    const res = await get('/regions?election=pilkada-2024&province=31');
    const body = res.json<{ items: { code: string }[]; total: number }>();
    expect(body.items.map((r) => r.code)).toEqual(['31']);
    expect((await get('/regions?election=pilkada-2024&pageSize=1')).json<{ total: number }>().total).toBe(
      545,
    );
  });

  it.each([
    ['/regions?level=kecamatan', 'querystring.level'],
    ['/regions?province=3', 'querystring.province'],
    ['/regions?pageSize=201', 'querystring.pageSize'],
    ['/regions?page=0', 'querystring.page'],
    ['/regions?sort=name', 'querystring'],
    ['/regions?province=99', 'querystring.province'],
    ['/regions?election=pilkada-2099', 'querystring.election'],
  ])('%s is refused with VALIDATION_FAILED on %s', async (url, path) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; fields: { path: string }[] } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((f) => f.path)).toContain(path);
  });
});

describe('GET /api/reference/regions/:code', () => {
  it('shows a province with its kab/kota and its participation', async () => {
    const body = (await get('/regions/34')).json<{
      children: unknown[];
      participation: unknown[];
      ppkAgency: unknown;
    }>();
    expect(body.children).toHaveLength(5);
    expect(body.participation).toEqual([
      { electionId: 'pemilu-2019', holdsElection: true, confidence: 'verified' },
      { electionId: 'pilkada-2020', holdsElection: null, confidence: null },
      { electionId: 'pemilu-2024', holdsElection: true, confidence: 'verified' },
      { electionId: 'pilkada-2024', holdsElection: false, confidence: 'verified' },
    ]);
    expect(body.ppkAgency).toMatchObject({
      code: 'pemda-34',
      ppkTitle: 'Gubernur Daerah Istimewa Yogyakarta',
    });
  });

  it('shows a kab/kota with its province, kecamatan and its own PPK', async () => {
    const body = (await get('/regions/33.03')).json<{
      parent: { code: string };
      children: { level: string }[];
      ppkAgency: { code: string; ppkTitle: string };
    }>();
    expect(body.parent.code).toBe('33');
    expect(body.children.length).toBeGreaterThan(10);
    expect(body.children.every((c) => c.level === 'district')).toBe(true);
    expect(body.ppkAgency).toMatchObject({ code: 'pemda-33.03', ppkTitle: 'Bupati Purbalingga' });
  });

  it('sends a DKI administrative unit to the Governor of DKI as PPK', async () => {
    const body = (await get('/regions/31.71')).json<{ isAutonomous: boolean; ppkAgency: { code: string } }>();
    expect(body.isAutonomous).toBe(false);
    expect(body.ppkAgency.code).toBe('pemda-31');
  });

  it('answers 404 NOT_FOUND for a well-formed unknown code', async () => {
    const res = await get('/regions/33.99');
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
  });

  it.each(['333', '33.3', '33-03', '33.03.01.2001'])(
    'answers 400 VALIDATION_FAILED for the malformed code %s',
    async (code) => {
      const res = await get(`/regions/${code}`);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { code: string; fields: { path: string }[] } }>().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'params.code' }],
      });
    },
  );
});

describe('OpenAPI', () => {
  it('documents the reference routes with their described query and response schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        {
          get?: { parameters?: { name: string; description?: string }[]; responses: Record<string, unknown> };
        }
      >;
    }>();
    const regions = doc.paths['/api/reference/regions']?.get;
    expect(regions?.parameters?.find((p) => p.name === 'q')?.description).toMatch(/typos/);
    expect(regions?.responses['200']).toBeDefined();
    for (const path of [
      '/api/reference/regions/{code}',
      '/api/reference/agencies',
      '/api/reference/elections/{id}',
      '/api/reference/holidays',
      '/api/reference/legal/sanction-types',
    ]) {
      expect(doc.paths[path]?.get?.responses['200'], path).toBeDefined();
    }
  });
});
