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
type Phase = {
  code: string;
  startsOn: string | null;
  endsOn: string | null;
  confidence: string;
  overridden: boolean;
};
type Detail = { votingDate: string; phases: Phase[]; region: { holdsElection: boolean | null } | null };

describe('GET /api/reference/elections', () => {
  it('lists the four elections with voting day and the regions holding them', async () => {
    const res = await get('/elections');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      {
        id: 'pemilu-2019',
        name: 'Pemilihan Umum 2019',
        type: 'pemilu',
        votingDate: '2019-04-17',
        regionsHolding: { provinces: 38, regencies: 514, basis: 'regions' },
      },
      {
        id: 'pilkada-2020',
        name: 'Pemilihan Kepala Daerah Serentak 2020',
        type: 'pilkada',
        votingDate: '2020-12-09',
        regionsHolding: { provinces: 9, regencies: 261, basis: 'declared_totals' },
      },
      {
        id: 'pemilu-2024',
        name: 'Pemilihan Umum 2024',
        type: 'pemilu',
        votingDate: '2024-02-14',
        regionsHolding: { provinces: 38, regencies: 514, basis: 'regions' },
      },
      {
        id: 'pilkada-2024',
        name: 'Pemilihan Kepala Daerah Serentak 2024',
        type: 'pilkada',
        votingDate: '2024-11-27',
        regionsHolding: { provinces: 37, regencies: 508, basis: 'regions' },
      },
    ]);
  });
});

describe('GET /api/reference/elections/:id', () => {
  it('gives the Pilkada 2024 calendar with the quiet period marked secondary', async () => {
    const body = (await get('/elections/pilkada-2024')).json<Detail>();
    const phase = (code: string) => body.phases.find((p) => p.code === code);
    expect(phase('campaign')).toMatchObject({
      startsOn: '2024-09-25',
      endsOn: '2024-11-23',
      confidence: 'verified',
    });
    expect(phase('quiet_period')).toMatchObject({
      startsOn: '2024-11-24',
      endsOn: '2024-11-26',
      confidence: 'secondary',
    });
    expect(phase('winner_determination')).toMatchObject({ startsOn: null, endsOn: null });
    expect(body.region).toBeNull();
  });

  it('keeps Pemilu 2019 dates that are not in our sources as null', async () => {
    const body = (await get('/elections/pemilu-2019')).json<Detail>();
    expect(body.phases.find((p) => p.code === 'campaign')).toMatchObject({ startsOn: null, endsOn: null });
    expect(body.phases.find((p) => p.code === 'voting')).toMatchObject({
      startsOn: '2019-04-17',
      confidence: 'verified',
    });
  });

  it.each([
    ['34', false],
    ['34.71', true],
    ['31.71', false],
    ['31', true],
    ['31.71.01', false],
  ])('tells whether region %s holds Pilkada 2024 (%s)', async (region, holds) => {
    expect((await get(`/elections/pilkada-2024?region=${region}`)).json<Detail>().region?.holdsElection).toBe(
      holds,
    );
  });

  it("applies a region's phase override, and its province's to the kab/kota below", async () => {
    await t.db.pool.query(
      `INSERT INTO election_phase_overrides (election_id, phase_code, region_code, starts_on, ends_on, confidence, source)
       VALUES ('pilkada-2024', 'voting', '94', '2024-12-04', '2024-12-04', 'unverified', 'test')`,
    );
    const voting = async (region: string) =>
      (await get(`/elections/pilkada-2024?region=${region}`))
        .json<Detail>()
        .phases.find((p) => p.code === 'voting');
    expect(await voting('94.01')).toMatchObject({
      startsOn: '2024-12-04',
      confidence: 'unverified',
      overridden: true,
    });
    expect(await voting('33.03')).toMatchObject({
      startsOn: '2024-11-27',
      confidence: 'verified',
      overridden: false,
    });
  });

  it.each([
    ['/elections/pilkada-2099', 404, 'NOT_FOUND'],
    ['/elections/Pilkada 2024', 400, 'VALIDATION_FAILED'],
    ['/elections/pilkada-2024?region=33.99', 400, 'VALIDATION_FAILED'],
    ['/elections/pilkada-2024?region=abc', 400, 'VALIDATION_FAILED'],
    ['/elections/pilkada-2024?year=2024', 400, 'VALIDATION_FAILED'],
  ])('%s answers %i %s', async (url, status, code) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.json<{ error: { code: string } }>().error.code).toBe(code);
  });
});
