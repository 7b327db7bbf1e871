// The states of a case (ARCHITECTURE.md §4), with the Indonesian term the UI shows (docs/glossary.md).
// Pure data with no imports: schema.ts re-exports it for the web app.

/** Where a case is: the stage that holds the ball, or closed. Separate from the outcome. */
export const CASE_PROGRESS = ['intake', 'bawaslu', 'bkn', 'ppk', 'closed'] as const;
export type CaseProgress = (typeof CASE_PROGRESS)[number];

/** How a closed case ended; null while the case is open. */
export const CASE_OUTCOMES = [
  'not_a_violation',
  'rejected_formal',
  'forwarded_other',
  'not_proven',
  'rejected',
  'cancelled',
  'sanctioned',
  'subject_inactive',
  'invalidated',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

interface StateInfo {
  labelId: string;
  labelEn: string;
  progress: CaseProgress;
  /** Set for closed states only: the outcome a case has while it sits there. */
  outcome: CaseOutcome | null;
}

const open = (labelId: string, labelEn: string, progress: Exclude<CaseProgress, 'closed'>) =>
  ({ labelId, labelEn, progress, outcome: null }) as const satisfies StateInfo;
const closed = <O extends CaseOutcome>(labelId: string, labelEn: string, outcome: O) =>
  ({ labelId, labelEn, progress: 'closed', outcome }) as const satisfies StateInfo;

export const CASE_STATE_INFO = {
  received: open('Diterima', 'Received', 'intake'),
  // Perbawaslu 7/2022 Pasal 15: registered once the syarat formil and materiil are met.
  registered: open('Teregistrasi', 'Registered', 'bawaslu'),
  rejected_formal: closed(
    'Tidak memenuhi syarat formil/materiil',
    'Formal or material requirements not met',
    'rejected_formal',
  ),
  clarification: open('Klarifikasi', 'Clarification', 'bawaslu'),
  assessment: open('Kajian', 'Assessment', 'bawaslu'),
  plenary: open('Pleno', 'Plenary decision pending', 'bawaslu'),
  not_a_violation: closed('Bukan pelanggaran', 'Not a violation', 'not_a_violation'),
  // UU 7/2017 Pasal 455(1): violations of other laws go to the competent body (REF §1.1).
  forwarded_to_bkn: open('Diteruskan ke BKN', 'Forwarded to BKN', 'bkn'),
  forwarded_other: closed(
    'Diteruskan ke instansi lain (Gakkumdu, …)',
    'Forwarded elsewhere (Gakkumdu, …)',
    'forwarded_other',
  ),
  bkn_verification: open('Verifikasi BKN', 'BKN verification', 'bkn'),
  recommendation: open('Rekomendasi (menunggu keputusan)', 'Recommendation drafted', 'bkn'),
  not_proven: closed('Tidak terbukti', 'Not proven', 'not_proven'),
  rejected: closed('Ditolak', 'Rejected', 'rejected'),
  cancelled: closed('Dibatalkan', 'Cancelled', 'cancelled'),
  // "Proven" is the recommendation that leads here; it is counted as awaiting PPK + sanctioned + blocked +
  // inactive (ARCHITECTURE.md §5), not held as a state of its own.
  awaiting_ppk: open('Menunggu tindak lanjut PPK', 'Awaiting PPK follow-up', 'ppk'),
  ppk_examination: open('Pemeriksaan oleh PPK', 'PPK examination', 'ppk'),
  warned: open('Peringatan BKN', 'BKN warning issued', 'ppk'),
  blocking_proposed: open('Usulan pemblokiran', 'Blocking proposed', 'ppk'),
  // Peraturan BKN 1/2023: personnel data and/or services blocked in SIASN until the PPK follows up.
  blocked: open('Pemblokiran data (SIASN)', 'Data blocked (SIASN)', 'ppk'),
  decree_submitted: open(
    'Keputusan PPK diserahkan, menunggu pembukaan blokir',
    'Decree submitted, awaiting unblocking',
    'ppk',
  ),
  sanctioned: closed('Dijatuhi hukuman', 'Sanctioned', 'sanctioned'),
  subject_inactive: closed(
    'Terlapor tidak aktif lagi (pensiun/diberhentikan)',
    'Subject no longer active',
    'subject_inactive',
  ),
  invalidated: closed(
    'Dinyatakan tidak sah (duplikat/penyalahgunaan)',
    'Invalidated (duplicate or abusive)',
    'invalidated',
  ),
  reopened: open('Dibuka kembali', 'Reopened', 'bawaslu'),
} as const satisfies Record<string, StateInfo>;

export type CaseState = keyof typeof CASE_STATE_INFO;
export const CASE_STATES = Object.keys(CASE_STATE_INFO) as [CaseState, ...CaseState[]];

export const CLOSED_STATES = CASE_STATES.filter((s) => CASE_STATE_INFO[s].progress === 'closed');
export const OPEN_STATES = CASE_STATES.filter((s) => CASE_STATE_INFO[s].progress !== 'closed');

export function isClosed(state: CaseState): boolean {
  return CASE_STATE_INFO[state].progress === 'closed';
}
