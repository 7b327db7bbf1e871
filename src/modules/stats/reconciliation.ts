// The reconciliation (issue 5 §8): Netra's one count, written the three ways the agencies count — Bawaslu in
// reports and cases, BKN (KASN before) in persons forwarded to it with its status vocabulary (REF §2.4), Kemendagri
// in persons of regional agencies — and the reasons the totals differ, each with its size. Pure.
import { funnelOf, type Funnel } from './funnel';
import type { StateUnits } from './queries/reconciliation-queries';
import type { Reconciliation } from './reconciliation-schema';
import type { Identity } from './suppression';

type Unit = Exclude<keyof StateUnits, 'state' | 'demo'>;
type Convention = Reconciliation['conventions'][number];

export interface RawLine {
  code: string;
  labelId: string;
  labelEn: string;
  value: number;
}

/**
 * The funnel of one unit (cases, reports, persons, …): every convention's line is one of its figures, so the
 * lines add up exactly as the public funnel does (`reported` is the unit's total over every state).
 */
export function funnelIn(rows: readonly StateUnits[], unit: Unit): Funnel {
  return funnelOf(rows.map((r) => ({ state: r.state, n: r[unit] })));
}

const line = (code: string, labelId: string, labelEn: string, value: number): RawLine => ({
  code,
  labelId,
  labelEn,
  value,
});

export function conventionsOf(
  rows: readonly StateUnits[],
): (Omit<Convention, 'lines'> & { lines: RawLine[] })[] {
  const cases = funnelIn(rows, 'cases');
  const persons = funnelIn(rows, 'persons');
  const regional = funnelIn(rows, 'regionalPersons');
  return [
    {
      agency: 'bawaslu',
      unit: 'reports',
      description: {
        id: 'Bawaslu menghitung laporan dan temuan yang diterima, dan kasus yang diteruskan.',
        en: 'Bawaslu counts the reports and findings it received, and the cases it forwarded.',
      },
      lines: [
        line(
          'temuan_laporan',
          'Temuan dan laporan',
          'Findings and reports',
          funnelIn(rows, 'reports').reported,
        ),
        line('temuan', 'Temuan', 'Findings (temuan)', funnelIn(rows, 'temuan').reported),
        line('laporan', 'Laporan', 'Reports (laporan)', funnelIn(rows, 'laporan').reported),
        line('kasus', 'Kasus (setelah digabung)', 'Cases (after merging)', cases.reported),
        line('diteruskan', 'Kasus diteruskan ke BKN', 'Cases forwarded to BKN', cases.forwarded),
        line('bukan_pelanggaran', 'Bukan pelanggaran', 'Not a violation', cases.notAViolation),
        line('tidak_diregistrasi', 'Tidak diregistrasi', 'Not registered', cases.notRegistered),
        line('diteruskan_lain', 'Diteruskan ke instansi lain', 'Forwarded elsewhere', cases.forwardedOther),
        line('dalam_proses', 'Dalam proses', 'In process', cases.inProcess),
      ],
    },
    {
      agency: 'bkn',
      unit: 'asn',
      description: {
        id: 'BKN (dahulu KASN) menghitung ASN yang dilaporkan kepadanya, dengan status aplikasinya.',
        en: 'BKN (formerly KASN) counts the civil servants reported to it, in its application’s statuses.',
      },
      lines: [
        line('asn_dilaporkan', 'ASN dilaporkan ke BKN', 'Civil servants reported to BKN', persons.forwarded),
        line(
          'menunggu_verifikasi_bkn',
          'Menunggu verifikasi BKN',
          'Awaiting BKN verification',
          persons.awaitingBkn,
        ),
        line(
          'menunggu_tindak_lanjut_ppk',
          'Menunggu tindak lanjut PPK',
          'Awaiting PPK follow-up',
          persons.awaitingPpk,
        ),
        line('dijatuhi_hukuman', 'Dijatuhi hukuman', 'Sanctioned', persons.sanctioned),
        line('diblokir', 'Diblokir', 'Data blocked', persons.blocked),
        line('asn_tidak_aktif', 'ASN tidak aktif', 'No longer active', persons.inactive),
        line('tidak_terbukti', 'Tidak terbukti', 'Not proven', persons.notProven),
        line(
          'ditolak_dibatalkan',
          'Ditolak atau dibatalkan',
          'Rejected or cancelled',
          persons.rejectedOrCancelled,
        ),
      ],
    },
    {
      agency: 'kemendagri',
      unit: 'asn_regional',
      description: {
        id: 'Kemendagri menghitung ASN instansi daerah saja (pemerintah provinsi dan kabupaten/kota).',
        en: 'Kemendagri counts civil servants of regional governments only.',
      },
      lines: [
        line(
          'asn_daerah_dilaporkan',
          'ASN daerah dilaporkan',
          'Regional civil servants reported',
          regional.forwarded,
        ),
        line('asn_daerah_terbukti', 'ASN daerah terbukti', 'Regional civil servants proven', regional.proven),
        line(
          'asn_daerah_disanksi',
          'ASN daerah dijatuhi sanksi',
          'Regional civil servants sanctioned',
          regional.sanctioned,
        ),
      ],
    },
  ];
}

/** Why the conventions' totals differ: each reason and how many it accounts for. */
export function differencesOf(rows: readonly StateUnits[]): RawLine[] {
  const cases = funnelIn(rows, 'cases');
  const persons = funnelIn(rows, 'persons');
  const regional = funnelIn(rows, 'regionalPersons').forwarded;
  const central = funnelIn(rows, 'centralPersons').forwarded;
  return [
    line(
      'laporan_digabung',
      'Beberapa laporan/temuan tentang perbuatan yang sama digabung menjadi satu kasus (Bawaslu menghitung laporannya)',
      'Several reports of the same act merged into one case (Bawaslu counts the reports)',
      funnelIn(rows, 'reports').reported - cases.reported,
    ),
    line(
      'asn_per_kasus',
      'Satu kasus menyebut lebih dari satu ASN (BKN menghitung orangnya)',
      'A case names more than one civil servant (BKN counts the persons)',
      persons.forwarded - cases.forwarded,
    ),
    line(
      'tidak_diteruskan',
      'Dilaporkan ke Bawaslu tetapi tidak diteruskan ke BKN (bukan pelanggaran, tidak diregistrasi, ke instansi lain, masih diproses)',
      'Reported to Bawaslu but not forwarded to BKN (not a violation, not registered, elsewhere, in process)',
      persons.reported - persons.forwarded,
    ),
    line(
      'instansi_pusat',
      'ASN instansi pusat: dihitung BKN, tidak dihitung Kemendagri',
      'Civil servants of central agencies: counted by BKN, not by Kemendagri',
      central,
    ),
    line(
      'instansi_tidak_diketahui',
      'Instansi ASN belum diketahui: tidak masuk hitungan Kemendagri',
      'Agency not yet known: not in Kemendagri’s count',
      persons.forwarded - regional - central,
    ),
  ];
}

/** The sums between the lines (convention|code, diff|code), so that no withheld line can be worked out again. */
export const RECONCILIATION_IDENTITIES: readonly Identity[] = [
  { total: 'bawaslu|temuan_laporan', parts: ['bawaslu|temuan', 'bawaslu|laporan'] },
  {
    total: 'bawaslu|kasus',
    parts: [
      'bawaslu|diteruskan',
      'bawaslu|bukan_pelanggaran',
      'bawaslu|tidak_diregistrasi',
      'bawaslu|diteruskan_lain',
      'bawaslu|dalam_proses',
    ],
  },
  {
    total: 'bkn|asn_dilaporkan',
    parts: [
      'bkn|menunggu_verifikasi_bkn',
      'bkn|menunggu_tindak_lanjut_ppk',
      'bkn|dijatuhi_hukuman',
      'bkn|diblokir',
      'bkn|asn_tidak_aktif',
      'bkn|tidak_terbukti',
      'bkn|ditolak_dibatalkan',
    ],
  },
  { total: 'bawaslu|temuan_laporan', parts: ['bawaslu|kasus', 'diff|laporan_digabung'] },
  { total: 'bkn|asn_dilaporkan', parts: ['bawaslu|diteruskan', 'diff|asn_per_kasus'] },
  {
    total: 'bkn|asn_dilaporkan',
    parts: ['kemendagri|asn_daerah_dilaporkan', 'diff|instansi_pusat', 'diff|instansi_tidak_diketahui'],
  },
];
