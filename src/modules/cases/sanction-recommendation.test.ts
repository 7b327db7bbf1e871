import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../platform/calendar';
import { loadLegalCatalogue } from '../reference';
import { isDecreeDifferent, recommendSanction } from './sanction-recommendation';
import type { AsnType, SanctionTrack } from './schema';

const catalogue = loadLegalCatalogue();
const PP53_MODERATE = ['pp53-s1', 'pp53-s2', 'pp53-s3'];
const PP94_MODERATE = ['pp94-s1', 'pp94-s2', 'pp94-s3'];
const MORAL = ['moral-tertutup', 'moral-terbuka'];

type Row = [string, AsnType, string, SanctionTrack | undefined, string, string[], string, string];
// [form, ASN type, date of act, track, level, sanction types, confidence, why]
const ROWS: Row[] = [
  [
    'pp94-5n-1',
    'pns',
    '2024-01-10',
    undefined,
    'moderate',
    PP94_MODERATE,
    'verified',
    'ikut kampanye in Pemilu 2024: PP 94/2021 sedang',
  ],
  [
    'pp94-5n-1',
    'pns',
    '2020-11-15',
    undefined,
    'moderate',
    PP53_MODERATE,
    'secondary',
    'Pilkada 2020, before PP 94/2021: PP 53/2010 sedang; the form postdates the act',
  ],
  [
    'pp94-5n-3',
    'pns',
    '2021-08-30',
    undefined,
    'severe',
    ['pp53-b1', 'pp53-b2', 'pp53-b3', 'pp53-b4', 'pp53-b5'],
    'secondary',
    'the day before PP 94/2021: PP 53/2010 berat',
  ],
  [
    'pp94-5n-3',
    'pns',
    '2021-08-31',
    undefined,
    'severe',
    ['pp94-b1', 'pp94-b2', 'pp94-b3'],
    'verified',
    'the day PP 94/2021 took effect',
  ],
  [
    'pp94-5n-1',
    'pppk',
    '2024-01-10',
    undefined,
    'moderate',
    PP94_MODERATE,
    'verified',
    'PPPK: PP 94/2021 sanctions list PPPK',
  ],
  [
    'pp94-5n-1',
    'pppk',
    '2020-11-15',
    undefined,
    'moderate',
    PP53_MODERATE,
    'secondary',
    'PPPK before PP 94/2021: PNS rules by PP 49/2018 Pasal 52(3)',
  ],
  [
    'skb2022-b6',
    'ppnpn',
    '2024-02-01',
    undefined,
    'severe',
    [],
    'unverified',
    'PPNPN: graded per contract, grades not in our sources',
  ],
  [
    'skb2022-b5',
    'pns',
    '2023-06-01',
    undefined,
    'dismissal',
    ['uu5-ptdh'],
    'verified',
    'party membership before UU 20/2023: PTDH under UU 5/2014',
  ],
  [
    'skb2022-b5',
    'pns',
    '2024-02-01',
    undefined,
    'dismissal',
    ['uu20-ptdh'],
    'verified',
    'party membership from 31 Oct 2023: PTDH under UU 20/2023',
  ],
  [
    'skb2022-b5',
    'pppk',
    '2023-06-01',
    undefined,
    'dismissal',
    ['pppk-phk-tdh'],
    'secondary',
    'PPPK party membership: PHK tidak dengan hormat (PP 49/2018 ⚠️)',
  ],
  [
    'skb2022-b5',
    'pppk',
    '2024-02-01',
    undefined,
    'dismissal',
    ['uu20-ptdh', 'pppk-phk-tdh'],
    'secondary',
    'PPPK after UU 20/2023: its PTDH or the PP 49/2018 PHK',
  ],
  [
    'skb2022-b5',
    'ppnpn',
    '2024-02-01',
    undefined,
    'dismissal',
    ['ppnpn-phk'],
    'verified',
    'PPNPN party membership: PHK (SE MenPANRB 01/2023)',
  ],
  [
    'skb2022-a2',
    'pns',
    '2024-01-10',
    undefined,
    'moral',
    MORAL,
    'verified',
    'kode etik: sanksi moral tertutup / terbuka (PP 42/2004 Pasal 15)',
  ],
  [
    'skb2022-a4',
    'pns',
    '2024-01-10',
    undefined,
    'moral',
    MORAL,
    'secondary',
    'A4 itself is only secondary (REF §1.4)',
  ],
  [
    'skb2022-b6',
    'pns',
    '2023-05-01',
    'ethics',
    'moral',
    MORAL,
    'verified',
    'a discipline form handled on the ethics track',
  ],
  [
    'skb2022-a1',
    'pppk',
    '2024-01-10',
    undefined,
    'moral',
    MORAL,
    'unverified',
    'PPPK on the ethics track: PP 42/2004 names PNS only',
  ],
  [
    'skb2022-b8',
    'pns',
    '2024-01-10',
    undefined,
    'moderate',
    PP94_MODERATE,
    'secondary',
    'B8 = sedang is secondary (conflicts with PP 94 angka 6)',
  ],
];

describe('recommendSanction', () => {
  it.each(ROWS)(
    '%s for %s on %s (track %s) proposes %s %j, %s (%s)',
    (form, asnType, date, track, level, codes, confidence) => {
      const rec = recommendSanction(
        { violationFormCode: form, asnType, actDate: parseIsoDate(date), ...(track ? { track } : {}) },
        catalogue,
      );
      expect(rec).toMatchObject({ ok: true, level, sanctionTypeCodes: codes, confidence });
      if (rec.ok) expect(rec.sources.length).toBeGreaterThan(0);
    },
  );

  it('names the regulation in force: PP 53/2010 for a 2020 act, PP 94/2021 after 31 Aug 2021', () => {
    const at = (date: string) =>
      recommendSanction(
        { violationFormCode: 'pp94-5n-4', asnType: 'pns', actDate: parseIsoDate(date) },
        catalogue,
      );
    expect(at('2020-12-01')).toMatchObject({ regulationCodes: ['pp-53-2010'] });
    expect(at('2024-11-01')).toMatchObject({ regulationCodes: ['pp-94-2021'], notes: [] });
  });

  it.each([
    ['skb2022-a1', 'discipline', 'no_level_for_track', 'an ethics form has no discipline level'],
    [
      'bawaslu-media-sosial',
      undefined,
      'form_without_sanction',
      'a Bawaslu report category carries no sanction',
    ],
    ['no-such-form', undefined, 'unknown_form', 'an unknown code'],
  ] as const)('refuses %s on track %s with %s (%s)', (form, track, reason, _why) => {
    const rec = recommendSanction(
      {
        violationFormCode: form,
        asnType: 'pns',
        actDate: parseIsoDate('2024-01-10'),
        ...(track ? { track } : {}),
      },
      catalogue,
    );
    expect(rec).toEqual({ ok: false, reason });
  });
});

describe('isDecreeDifferent', () => {
  const recommended = { level: 'moderate' as const, sanctionTypeCodes: PP94_MODERATE };
  it.each([
    [{ level: 'moderate', sanctionTypeCodes: ['pp94-s2'] }, false, 'one of the recommended sanctions'],
    [{ level: 'severe', sanctionTypeCodes: ['pp94-b1'] }, true, 'a heavier level'],
    [{ level: 'light', sanctionTypeCodes: ['pp94-r1'] }, true, 'a lighter level'],
    [
      { level: 'moderate', sanctionTypeCodes: ['pp53-s1'] },
      true,
      'the same level under the repealed regulation',
    ],
    [{ level: 'moderate', sanctionTypeCodes: [] }, true, 'no sanction at all'],
  ] as const)('a decree of %j differs: %s (%s)', (decree, differs, _why) => {
    expect(
      isDecreeDifferent(recommended, { ...decree, sanctionTypeCodes: [...decree.sanctionTypeCodes] }),
    ).toBe(differs);
  });
});
