import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.destroy();
});

const get = (url: string, lang = 'en') =>
  t.app.inject({ method: 'GET', url: `/api/reference${url}`, headers: { 'accept-language': lang } });
type HolidayList = { firstYear: number; lastYear: number; items: { date: string; kind: string }[] };

describe('GET /api/reference/holidays', () => {
  it('lists the 29 holidays of 2024 including both voting days', async () => {
    const body = (await get('/holidays?year=2024')).json<HolidayList>();
    expect(body.items).toHaveLength(29);
    expect(body.items.filter((h) => h.kind === 'pemungutan_suara').map((h) => h.date)).toEqual([
      '2024-02-14',
      '2024-11-27',
    ]);
    expect(body.items.every((h) => h.date.startsWith('2024-'))).toBe(true);
  });

  it('lists every year when no year is given', async () => {
    const body = (await get('/holidays')).json<HolidayList>();
    expect([body.firstYear, body.lastYear]).toEqual([2019, 2027]);
    expect(new Set(body.items.map((h) => h.date.slice(0, 4))).size).toBe(9);
  });

  it('refuses a year outside the data, naming the range', async () => {
    const res = await get('/holidays?year=2030');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'querystring.year', message: 'Must be between 2019 and 2027' }],
      },
    });
    const id = await get('/holidays?year=2018', 'id');
    expect(id.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message).toBe(
      'Harus antara 2019 dan 2027',
    );
  });

  it.each(['/holidays?year=abc', '/holidays?year=2024&month=1'])(
    'refuses %s with VALIDATION_FAILED',
    async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    },
  );
});
