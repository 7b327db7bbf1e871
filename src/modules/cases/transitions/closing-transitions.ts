// Steps that close or reopen a case from several states (ARCHITECTURE.md §4).
import {
  BAWASLU_OPEN,
  BKN_OPEN,
  CLEAR,
  PPK_OPEN,
  roles,
  start,
  type TransitionTable,
} from './transition-rule';

export const CLOSING_TRANSITIONS = {
  mark_subject_inactive: {
    labelId: 'Terlapor tidak aktif lagi',
    labelEn: 'Subject no longer active',
    from: [...BKN_OPEN, ...PPK_OPEN],
    to: 'subject_inactive',
    actor: roles('bkn_analis', 'bkn_pejabat'),
    deadline: CLEAR,
    // The SK pensiun / pemberhentian (or death certificate) is the proof.
    documentRequired: true,
    guards: [],
  },
  invalidate_case: {
    labelId: 'Nyatakan tidak sah (duplikat/penyalahgunaan)',
    labelEn: 'Invalidate (duplicate or abusive)',
    from: BAWASLU_OPEN,
    to: 'invalidated',
    actor: roles('bawaslu_pimpinan'),
    deadline: CLEAR,
    documentRequired: false,
    guards: [],
  },
  reopen_at_bawaslu: {
    labelId: 'Buka kembali (Bawaslu)',
    labelEn: 'Reopen at Bawaslu',
    from: ['rejected_formal', 'not_a_violation', 'forwarded_other', 'invalidated'],
    to: 'reopened',
    actor: roles('bawaslu_pimpinan'),
    // A new handling period from the day of reopening (no source sets one; same length as the first).
    deadline: start('bawaslu_handling'),
    documentRequired: false,
    guards: [],
  },
  reopen_at_bkn: {
    labelId: 'Buka kembali (BKN)',
    labelEn: 'Reopen at BKN',
    from: ['not_proven', 'rejected', 'cancelled', 'sanctioned', 'subject_inactive'],
    to: 'bkn_verification',
    actor: roles('bkn_pejabat'),
    deadline: start('satgas_verification'),
    documentRequired: false,
    guards: [],
  },
} as const satisfies TransitionTable;
