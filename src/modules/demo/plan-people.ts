// The people and the act of a demo case: the ASN named (fictional names, jabatan by the published shares), the
// category, and how the matter reached Bawaslu. Pure.
import type { DemoProfile, JabatanGroup } from './demo-profiles';
import type { PlannedCase, PlannedSubject } from './plan-types';
import type { Random } from './random';

const GIVEN = [
  'Agus',
  'Budi',
  'Siti',
  'Dewi',
  'Hendra',
  'Rina',
  'Yusuf',
  'Wahyu',
  'Nur',
  'Ahmad',
  'Sri',
  'Eko',
  'Andi',
  'Fitri',
  'Rahmat',
  'Lestari',
  'Bambang',
  'Yuliana',
  'Irwan',
  'Maria',
  'Hasan',
  'Ketut',
  'Made',
  'Ayu',
  'Joko',
  'Ratna',
  'Syamsul',
  'Wulan',
  'Arif',
  'Nurhayati',
  'Darmawan',
  'Indah',
  'Muhammad',
  'Putri',
  'Rudi',
  'Sulastri',
  'Taufik',
  'Yohanes',
  'Zainal',
  'Anita',
];
const FAMILY = [
  'Santoso',
  'Wijaya',
  'Saputra',
  'Hidayat',
  'Lubis',
  'Siregar',
  'Nasution',
  'Pratama',
  'Kusuma',
  'Rahman',
  'Hasibuan',
  'Manurung',
  'Sitompul',
  'Tamba',
  'Daeng',
  'Pattiasina',
  'Rumbiak',
  'Wonda',
  'Setiawan',
  'Harahap',
  'Halim',
  'Syahputra',
  'Purnomo',
  'Sembiring',
  'Ginting',
  'Tarigan',
  'Mokodompit',
  'Lamaluta',
  'Ode',
  'Latif',
];

/** Fictional: a given name and a family name from common Indonesian names; no real person is meant. */
function personName(rnd: Random): string {
  return rnd.chance(0.15) ? rnd.pick(GIVEN) : `${rnd.pick(GIVEN)} ${rnd.pick(FAMILY)}`;
}

const JABATAN_TEXT: Record<JabatanGroup, readonly string[]> = {
  jpt: [
    'Kepala Dinas Pendidikan',
    'Sekretaris Daerah',
    'Kepala Dinas Kesehatan',
    'Kepala Badan Keuangan Daerah',
  ],
  administrator: [
    'Kepala Bagian Umum',
    'Sekretaris Dinas',
    'Kepala Bidang Pembinaan',
    'Kepala Bagian Protokol',
  ],
  pengawas: ['Kepala Seksi Pemerintahan', 'Kepala Subbagian Keuangan', 'Kepala Seksi Kesejahteraan Sosial'],
  fungsional: ['Guru SD Negeri', 'Guru SMP Negeri', 'Penyuluh Pertanian', 'Bidan Puskesmas', 'Perawat RSUD'],
  pelaksana: ['Staf Bagian Umum', 'Pengadministrasi Umum', 'Pengemudi', 'Staf Kecamatan'],
  kepala_wilayah: ['Camat', 'Lurah'],
};
const CENTRAL_JABATAN = [
  'Guru Madrasah',
  'Penghulu KUA',
  'Kepala KUA',
  'Penyuluh Agama',
  'Staf Kantor Kementerian',
];

/** An 18-digit NIP of the usual shape: birth date, CPNS month, sex, sequence (REF §4.1). Fictional. */
function fictionalNip(rnd: Random): string {
  const born = rnd.int(1965, 1995);
  const cpns = born + rnd.int(22, 30);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${born}${pad(rnd.int(1, 12), 2)}${pad(rnd.int(1, 28), 2)}${cpns}${pad(rnd.int(1, 12), 2)}${rnd.int(1, 2)}${pad(rnd.int(1, 999), 3)}`;
}

export function plannedSubjects(
  size: number,
  profile: DemoProfile,
  central: boolean,
  rnd: Random,
): PlannedSubject[] {
  return Array.from({ length: size }, () => {
    const group = rnd.weighted(profile.jabatan);
    const place = group === 'kepala_wilayah' || !central ? JABATAN_TEXT[group] : CENTRAL_JABATAN;
    return {
      name: personName(rnd),
      // Reporters seldom know the NIP (the seeds' complaint): most demo subjects have none.
      nip: rnd.chance(0.3) ? fictionalNip(rnd) : null,
      jabatan: rnd.pick(place),
      group,
      asnType: rnd.weighted(profile.asnType),
    };
  });
}

export const TEMUAN_CHANNELS = { patrol: 55, social_media: 45 };
export const LAPORAN_CHANNELS = { walk_in: 40, letter: 15, online: 20, phone: 10, sp4n_lapor: 10, email: 5 };

/**
 * How the matter came in, counted back from the day Bawaslu decided (`decisionDay`): Bawaslu handles a case in
 * 3 days (Pilkada) or 7 (Pemilu), extended by 5 or 14 (REF §1.5); a laporan comes within the 7-day filing window.
 */
export function plannedIntake(
  decisionDay: number,
  firstDay: number,
  pilkada: boolean,
  laporanShare: number,
  rnd: Random,
): PlannedCase['intake'] {
  const extended = rnd.chance(0.3);
  const handling = pilkada
    ? extended
      ? rnd.int(4, 8)
      : rnd.int(1, 3)
    : extended
      ? rnd.int(8, 20)
      : rnd.int(2, 7);
  const receivedDay = Math.max(firstDay, decisionDay - handling);
  const laporan = rnd.chance(laporanShare);
  const knownDay = receivedDay - (laporan ? rnd.int(0, 5) : 0);
  const actDay = knownDay - (laporan ? rnd.int(0, 6) : rnd.int(0, 4));
  return {
    kind: laporan ? 'laporan' : 'temuan',
    channel: laporan ? rnd.weighted(LAPORAN_CHANNELS) : rnd.weighted(TEMUAN_CHANNELS),
    actDay,
    knownDay,
    receivedDay,
  };
}
