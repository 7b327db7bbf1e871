import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { findFormLevels, findSanctionTypes, findViolationForms } from './queries';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.destroy();
});

describe('legal catalogues', () => {
  it.each(['/legal/regulations', '/legal/violation-forms', '/legal/sanction-types'])(
    'refuses an anonymous caller of %s with 401 UNAUTHENTICATED',
    async (path) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/reference${path}` });
      expect(res.statusCode).toBe(401);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED');
    },
  );

  it('holds PP 94/2021 Pasal 5 huruf n angka 1–7, SKB 2022 A1–A7 and B1–B11, and Bawaslu report categories', async () => {
    const forms = await findViolationForms(t.db.pool);
    const codes = (prefix: string) => forms.filter((f) => f.code.startsWith(prefix)).map((f) => f.code);
    expect(codes('pp94-5n-')).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `pp94-5n-${n}`));
    expect(codes('skb2022-a')).toHaveLength(7);
    expect(codes('skb2022-b')).toHaveLength(11);
    expect(forms.filter((f) => f.track === 'report_category').length).toBeGreaterThanOrEqual(16);
    expect(forms.find((f) => f.code === 'skb2022-a1')).toMatchObject({
      track: 'ethics',
      regulationCode: 'skb-2022',
    });
  });

  it('maps each form to its sanction level with confidence: B8 sedang is secondary, angka 6 berat', async () => {
    const levels = new Map((await findFormLevels(t.db.pool)).map((l) => [l.formCode, l]));
    expect(levels.get('skb2022-b8')).toMatchObject({ level: 'moderate', confidence: 'secondary' });
    expect(levels.get('skb2022-b8')?.note).toMatch(/angka 6/);
    expect(levels.get('pp94-5n-6')).toMatchObject({ level: 'severe', confidence: 'verified' });
    expect(levels.get('skb2022-b5')).toMatchObject({ level: 'dismissal' });
    expect(levels.get('skb2022-a4')).toMatchObject({ level: 'moral', confidence: 'secondary' });
  });

  it('versions sanctions by regulation: PP 94/2021, PP 53/2010, PP 42/2004, PTDH, PPPK and PPNPN', async () => {
    const sanctions = await findSanctionTypes(t.db.pool);
    const byRegulation = (code: string) =>
      sanctions.filter((s) => s.regulationCode === code).map((s) => s.code);
    expect(byRegulation('pp-94-2021')).toEqual(
      ['r1', 'r2', 'r3', 's1', 's2', 's3', 'b1', 'b2', 'b3'].map((c) => `pp94-${c}`),
    );
    expect(byRegulation('pp-53-2010')).toHaveLength(11);
    expect(byRegulation('pp-42-2004')).toEqual(['moral-tertutup', 'moral-terbuka']);
    expect(sanctions.filter((s) => s.level === 'dismissal').map((s) => s.code)).toEqual([
      'uu5-ptdh',
      'uu20-ptdh',
      'pppk-phk-tdh',
      'ppnpn-phk',
    ]);
    expect(sanctions.find((s) => s.code === 'ppnpn-phk')?.asnTypes).toEqual(['ppnpn']);
  });
});
