// The PPK's follow-up and the escalation when it is late: BKN warning, blocking in SIASN (Peraturan BKN
// 1/2023), unblocking on the decree, the supervisor's reprimand, the conflict of interest (REF §0, §1.5).
import { BKN_OPEN, CLEAR, KEEP, roles, start, type TransitionTable } from './transition-rule';

const PPK: { kind: 'ppk_follow_up' } = { kind: 'ppk_follow_up' };
const BKN = roles('bkn_analis', 'bkn_pejabat');
const OFFICIAL = roles('bkn_pejabat');

export const PPK_TRANSITIONS = {
  mark_ppk_conflicted: {
    labelId: 'Tandai PPK berkonflik kepentingan',
    labelEn: 'Mark the PPK as conflicted',
    from: [...BKN_OPEN, 'awaiting_ppk', 'ppk_examination', 'warned', 'blocking_proposed', 'blocked'],
    to: 'unchanged',
    // Issue 4 §5: the follow-up then routes to Kemendagri (regional) or KemenPANRB (central).
    actor: roles('bkn_analis', 'bkn_pejabat', 'supervisor_kemendagri', 'supervisor_kemenpanrb'),
    deadline: KEEP,
    documentRequired: false,
    guards: ['ppk_not_conflicted'],
  },
  acknowledge_recommendation: {
    labelId: 'Terima rekomendasi, mulai pemeriksaan',
    labelEn: 'Acknowledge and start examination',
    from: ['awaiting_ppk'],
    to: 'ppk_examination',
    actor: PPK,
    deadline: KEEP,
    documentRequired: false,
    guards: [],
  },
  record_sanction_decree: {
    labelId: 'Catat keputusan hukuman',
    labelEn: 'Record the sanction decree',
    from: ['awaiting_ppk', 'ppk_examination', 'warned', 'blocking_proposed'],
    to: 'sanctioned',
    actor: PPK,
    deadline: CLEAR,
    documentRequired: true,
    guards: [],
  },
  issue_warning: {
    labelId: 'Beri peringatan kepada PPK',
    labelEn: 'Warn the PPK',
    from: ['awaiting_ppk', 'ppk_examination'],
    to: 'warned',
    actor: BKN,
    deadline: start('ppk_warning'),
    documentRequired: true,
    guards: ['overdue'],
  },
  propose_blocking: {
    labelId: 'Usulkan pemblokiran',
    labelEn: 'Propose blocking',
    from: ['warned'],
    to: 'blocking_proposed',
    actor: BKN,
    deadline: start('blocking_decision'),
    documentRequired: false,
    guards: ['overdue'],
  },
  block_data: {
    labelId: 'Blokir data/layanan (SIASN)',
    labelEn: 'Block data or services (SIASN)',
    from: ['blocking_proposed'],
    to: 'blocked',
    actor: OFFICIAL,
    // Blocked until the PPK follows up: no period of its own (REF §1.5).
    deadline: CLEAR,
    documentRequired: true,
    guards: [],
  },
  submit_decree_for_unblocking: {
    labelId: 'Serahkan keputusan hukuman (buka blokir)',
    labelEn: 'Submit the decree to lift the blocking',
    from: ['blocked'],
    to: 'decree_submitted',
    actor: PPK,
    deadline: start('unblock_review'),
    documentRequired: true,
    guards: [],
  },
  refuse_decree: {
    labelId: 'Tolak keputusan yang diserahkan',
    labelEn: 'Refuse the submitted decree',
    from: ['decree_submitted'],
    to: 'blocked',
    actor: OFFICIAL,
    deadline: CLEAR,
    documentRequired: false,
    guards: [],
  },
  unblock_data: {
    labelId: 'Buka blokir',
    labelEn: 'Lift the blocking',
    // Only from decree_submitted: unblocking requires the PPK's decree (REF §1.5).
    from: ['decree_submitted'],
    to: 'sanctioned',
    actor: OFFICIAL,
    deadline: CLEAR,
    documentRequired: false,
    guards: [],
  },
  reprimand_ppk: {
    labelId: 'Tegur PPK',
    labelEn: 'Reprimand the PPK',
    from: ['warned', 'blocking_proposed', 'blocked'],
    to: 'unchanged',
    actor: { kind: 'agency_supervisor' },
    deadline: KEEP,
    documentRequired: true,
    // A conflicted PPK no longer holds the case; the supervisor does.
    guards: ['ppk_not_conflicted'],
  },
} as const satisfies TransitionTable;
