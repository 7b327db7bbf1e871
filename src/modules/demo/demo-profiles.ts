// What the demo history of each election looks like (issue 5 §7): the published totals it must reproduce come
// from data/reference/stats/agency-figures.json; the shares and hot spots below are REF §2.2–2.5's published
// breakdowns, applied as proportions. Everything not published (how long each desk took, how many reports were
// not violations) is the generator's assumption and says so.
import type { IsoDate } from '../../platform/calendar';
import type { SanctionClass } from '../stats/agency-figures-schema';

export type JabatanGroup =
  'jpt' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana' | 'kepala_wilayah';

export interface DemoProfile {
  electionId: 'pilkada-2020' | 'pemilu-2024';
  /** The first day a report reaches Bawaslu, and the last day the history writes anything. */
  firstReport: IsoDate;
  lastActivity: IsoDate;
  /** Regions taking part: null = every kab/kota (a national election). */
  regions: { provinces: string[]; regencyCount: number; mustInclude: string[] } | null;
  /** Shares by statistics category code (REF §2.2 KASN Jan 2021; §2.3 Kemendagri Mar 2024), percent. */
  categories: Record<string, number>;
  /** REF §2.5; kepala_wilayah = camat/lurah (administrator/pengawas class, regional head's staff). */
  jabatan: Record<JabatanGroup, number>;
  asnType: Record<'pns' | 'pppk', number>;
  /** Assumption: laporan from the public among intakes (Bawaslu 4 Oct 2020: 61 of 805). */
  laporanShare: number;
  /** Reports (temuan, laporan) Bawaslu counted by a published day: the plan merges further reports into its
   *  cases until the count is exact (Bawaslu 4 Oct 2020: 805 = 744 temuan + 61 laporan). */
  reportsAsOf: { date: IsoDate; temuan: number; laporan: number } | null;
  /** Assumption: further reports merged per 100 cases where no count is published (after `reportsAsOf`). */
  moreIntakesPer100Cases: number;
  /** Assumption: persons Bawaslu did not forward, per 100 forwarded (Bawaslu 4 Oct 2020: 81 of 805 not a
   *  violation). */
  notForwarded: { notAViolation: number; rejectedFormal: number; forwardedOther: number; inProcess: number };
  /** Of the forwarded persons never recommended proven: how BKN ended them (KASN Dec 2021: 311 not proven). */
  notRecommended: { not_proven: number; rejected: number; cancelled: number; awaiting: number };
  /** Of the proven persons never sanctioned at the end: where they stand (BKN 19 Dec 2020: 19 still blocked). */
  unsanctioned: { blocked: number; inactive: number; warned: number; awaiting: number };
  /** Sanction classes of the proven persons after the last published mix (percent). */
  sanctionShares: Partial<Record<SanctionClass, number>>;
  /** Exact persons forwarded by agency and by province as of a published day (REF §2.2 KASN Sep 2020). */
  quotasAsOf: { date: IsoDate; agencies: Record<string, number>; provinces: Record<string, number> } | null;
  /** Persons forwarded per agency by the end, in the order KASN published its top agencies (REF §2.2 Jan 2021);
   *  every other agency stays below the last of them. */
  topAgencies: Record<string, number>;
  /** Agencies whose PPK the published figures name as slow to follow up (BKN 5 Nov 2020). */
  slowPpks: string[];
}

/** Persons per kab/kota weight: provinces the published figures name get more (REF §2.2 Sep 2020, IKP 2023). */
export const HOT_PROVINCES: Record<string, number> = {
  '74': 6, // Sulawesi Tenggara
  '52': 5, // Nusa Tenggara Barat
  '73': 3, // Sulawesi Selatan
  '82': 4, // Maluku Utara
  '72': 3, // Sulawesi Tengah
  '71': 3, // Sulawesi Utara
  '76': 3, // Sulawesi Barat
  '33': 1.5,
  '35': 1.2,
};

const PILKADA_2020_GOVERNORS = ['13', '15', '17', '21', '62', '63', '65', '71', '72'];

export const DEMO_PROFILES: readonly DemoProfile[] = [
  {
    electionId: 'pilkada-2020',
    firstReport: '2019-11-04' as IsoDate,
    lastActivity: '2024-02-06' as IsoDate,
    // 270 regions: 9 provinces, 224 kabupaten, 37 kota (REF §2.2); which kab/kota is not in our data, so the
    // generator draws them, keeping every agency the published figures name.
    regions: {
      provinces: PILKADA_2020_GOVERNORS,
      regencyCount: 261,
      mustInclude: [
        '33.03',
        '74.07',
        '35.06',
        '16.13',
        '52.04',
        '71.09',
        '53.11',
        '76.02',
        '82.06',
        '82.04',
        '74.09',
        '92.08',
        '52.06',
        '74.13',
        '74.03',
        '63.72',
        '72.01',
        '33.11',
      ],
    },
    categories: {
      media_sosial: 30.4,
      kegiatan_keberpihakan: 22.4,
      foto_simbol: 12.6,
      hadir_deklarasi: 10.9,
      pendekatan_parpol: 5.6,
      // The remaining 18.1 %: KASN ~9 Nov 2020 names "keputusan menguntungkan/merugikan" at 9 %; the rest is
      // spread by assumption.
      keputusan: 7,
      kampanye: 5,
      alat_peraga: 3.3,
      mencalonkan_diri: 1.2,
      dukungan_ktp: 1,
      anggota_parpol: 0.6,
    },
    // KASN Jan 2021: fungsional 26.5, pelaksana 17.2, JPT 15.7, administrator 13.4, pengawas 11.8; the rest is
    // read as camat/lurah (BKN Nov 2020: 11.5 %).
    jabatan: {
      fungsional: 26.5,
      pelaksana: 17.2,
      jpt: 15.7,
      administrator: 13.4,
      pengawas: 11.8,
      kepala_wilayah: 15.4,
    },
    asnType: { pns: 98, pppk: 2 },
    laporanShare: 0.076,
    // REF §2.2 (rmol.id 7 Oct 2020); after it, the ratio that count gives on the history's cases that day.
    reportsAsOf: { date: '2020-10-04' as IsoDate, temuan: 744, laporan: 61 },
    moreIntakesPer100Cases: 16,
    notForwarded: { notAViolation: 11, rejectedFormal: 2, forwardedOther: 1, inProcess: 0 },
    notRecommended: { not_proven: 71, rejected: 5, cancelled: 4, awaiting: 20 },
    unsanctioned: { blocked: 19, inactive: 4, warned: 30, awaiting: 94 },
    sanctionShares: { 'moral-tertutup': 8, 'moral-terbuka': 33, light: 2, moderate: 56, severe: 1 },
    quotasAsOf: {
      date: '2020-09-30' as IsoDate,
      agencies: {
        'pemda-33.03': 56,
        'pemda-74.07': 34,
        'pemda-35.06': 21,
        'pemda-16.13': 19,
        'pemda-52.04': 18,
      },
      provinces: { '74': 90, '52': 83, '33': 74, '73': 49, '35': 42 },
    },
    topAgencies: {
      'pemda-33.03': 88,
      'pemda-71.09': 71,
      'pemda-53.11': 64,
      'pemda-74.07': 60,
      'pemda-76.02': 55,
      'pemda-82.06': 51,
      'pemda-82.04': 48,
      'kl-kemenag': 45,
      'pemda-74.09': 42,
      'pemda-92.08': 40,
    },
    slowPpks: ['pemda-33.03', 'pemda-74.07', 'pemda-52.06', 'pemda-82.04', 'pemda-35.06'],
  },
  {
    electionId: 'pemilu-2024',
    firstReport: '2023-01-09' as IsoDate,
    lastActivity: '2024-06-12' as IsoDate,
    regions: null,
    // Kemendagri 25 Mar 2024 (REF §2.3): posting/comment/share/like/follow 15.8 + medsos campaign 11.3 = 27.1,
    // ikut kampanye/sosialisasi 12.9, kegiatan keberpihakan 10.8, anggota/pengurus parpol 7.1; rest assumed.
    categories: {
      media_sosial: 27.1,
      kampanye: 12.9,
      kegiatan_keberpihakan: 10.8,
      anggota_parpol: 7.1,
      hadir_deklarasi: 12,
      foto_simbol: 11,
      keputusan: 8,
      pendekatan_parpol: 6,
      alat_peraga: 3,
      dukungan_ktp: 1.1,
      mencalonkan_diri: 1,
    },
    // Kemendagri 25 Mar 2024: fungsional 23.3, JPT 22.9, pelaksana 18.3, kepala wilayah 16.7, administrator 10.4.
    jabatan: {
      fungsional: 23.3,
      jpt: 22.9,
      pelaksana: 18.3,
      kepala_wilayah: 16.7,
      administrator: 10.4,
      pengawas: 8.4,
    },
    asnType: { pns: 90, pppk: 10 },
    laporanShare: 0.12,
    reportsAsOf: null,
    // Pilkada 2020's ratio (805 reports for 694 cases on 4 Oct 2020): no Pemilu 2024 report count is published.
    moreIntakesPer100Cases: 16,
    notForwarded: { notAViolation: 12, rejectedFormal: 3, forwardedOther: 1, inProcess: 1 },
    notRecommended: { not_proven: 55, rejected: 5, cancelled: 5, awaiting: 35 },
    unsanctioned: { blocked: 6, inactive: 2, warned: 20, awaiting: 72 },
    sanctionShares: {
      'moral-tertutup': 10,
      'moral-terbuka': 30,
      light: 5,
      moderate: 45,
      severe: 8,
      dismissal: 2,
    },
    quotasAsOf: null,
    // Kemendagri 25 Mar 2024's top agencies, in its order.
    topAgencies: {
      'pemda-74.01': 14,
      'pemda-76.05': 13,
      'pemda-73.72': 12,
      'pemda-73.73': 11,
      'pemda-74.07': 10,
      'pemda-33.17': 9,
      'pemda-72.09': 9,
      'pemda-73.15': 8,
      'pemda-72': 8,
      'pemda-33': 8,
    },
    slowPpks: ['pemda-74.01', 'pemda-76.05'],
  },
];
