// The shape of the generated case load (bench/cases-generator.ts): which states, elections and regions the
// synthetic cases fall in, and the last workflow event of each state. Pure data; the weights are the bench's
// assumptions, not domain facts.
import { CASE_STATE_INFO, type CaseActionId, type CaseState } from '../src/modules/cases';
import { VALID_INPUTS } from '../src/modules/cases/workflow-test-fixtures';

/**
 * Province population in millions (BPS, Sensus Penduduk 2020, rounded; the six Papua provinces of 2022 split
 * from the 2020 Papua and Papua Barat totals by rough shares). Only used to skew cases like the population:
 * each kabupaten/kota gets its province's weight divided by the province's number of kabupaten/kota.
 */
export const PROVINCE_POPULATION_M: Record<string, number> = {
  '11': 5.27,
  '12': 14.8,
  '13': 5.53,
  '14': 6.39,
  '15': 3.55,
  '16': 8.47,
  '17': 2.01,
  '18': 9.01,
  '19': 1.46,
  '21': 2.06,
  '31': 10.56,
  '32': 48.27,
  '33': 36.52,
  '34': 3.67,
  '35': 40.67,
  '36': 11.9,
  '51': 4.32,
  '52': 5.32,
  '53': 5.33,
  '61': 5.41,
  '62': 2.67,
  '63': 4.07,
  '64': 3.77,
  '65': 0.7,
  '71': 2.62,
  '72': 2.99,
  '73': 9.07,
  '74': 2.62,
  '75': 1.17,
  '76': 1.42,
  '81': 1.85,
  '82': 1.28,
  '91': 1.0,
  '92': 0.56,
  '93': 0.52,
  '94': 1.35,
  '95': 1.43,
  '96': 0.57,
};

/** Share of cases per election (percent). */
export const ELECTION_SHARE: Record<string, number> = {
  'pemilu-2019': 20,
  'pilkada-2020': 15,
  'pemilu-2024': 40,
  'pilkada-2024': 25,
};

interface StateShape {
  /** Percent among open (or among closed) cases. */
  share: number;
  /** Deadline stage running in this state (rule id = `<election type>.<stage>`); null: none. */
  stage: string | null;
  /** BKN has recommended (recommended_at set): the agency's PPK sees the case. */
  recommended: boolean;
  /** The action of the event that brought the case here, and who took it. */
  lastAction: CaseActionId | 'create_finding';
  lastRole: string;
}

const s = (
  share: number,
  stage: string | null,
  recommended: boolean,
  lastAction: StateShape['lastAction'],
  lastRole: string,
): StateShape => ({ share, stage, recommended, lastAction, lastRole });

/** Open states (sum 100) and closed states (sum 100): most work sits at Bawaslu and the PPK. */
export const STATE_SHAPES: Record<CaseState, StateShape> = {
  received: s(8, null, false, 'create_finding', 'bawaslu_staf'),
  registered: s(10, 'bawaslu_handling', false, 'register_case', 'bawaslu_staf'),
  clarification: s(12, 'bawaslu_handling', false, 'start_clarification', 'bawaslu_staf'),
  assessment: s(12, 'bawaslu_handling', false, 'complete_clarification', 'bawaslu_staf'),
  plenary: s(6, 'bawaslu_handling', false, 'submit_to_plenary', 'bawaslu_staf'),
  reopened: s(1, 'bawaslu_handling', false, 'reopen_at_bawaslu', 'bawaslu_pimpinan'),
  forwarded_to_bkn: s(6, 'bkn_follow_up', false, 'forward_to_bkn', 'bawaslu_pimpinan'),
  bkn_verification: s(10, 'satgas_verification', false, 'start_verification', 'bkn_analis'),
  recommendation: s(5, 'bkn_follow_up', false, 'submit_recommendation_draft', 'bkn_analis'),
  awaiting_ppk: s(12, 'ppk_follow_up', true, 'recommend_proven', 'bkn_pejabat'),
  ppk_examination: s(8, 'ppk_follow_up', true, 'acknowledge_recommendation', 'ppk_staf'),
  warned: s(4, 'ppk_warning', true, 'issue_warning', 'bkn_pejabat'),
  blocking_proposed: s(2, 'blocking_decision', true, 'propose_blocking', 'bkn_analis'),
  blocked: s(2, null, true, 'block_data', 'bkn_pejabat'),
  decree_submitted: s(2, 'unblock_review', true, 'submit_decree_for_unblocking', 'ppk_staf'),
  rejected_formal: s(15, null, false, 'reject_formal', 'bawaslu_staf'),
  not_a_violation: s(25, null, false, 'decide_not_a_violation', 'bawaslu_pimpinan'),
  forwarded_other: s(8, null, false, 'forward_other', 'bawaslu_pimpinan'),
  not_proven: s(12, null, false, 'recommend_not_proven', 'bkn_pejabat'),
  rejected: s(4, null, false, 'reject_case', 'bkn_pejabat'),
  cancelled: s(3, null, false, 'cancel_case', 'bawaslu_pimpinan'),
  sanctioned: s(28, null, true, 'record_sanction_decree', 'ppk_staf'),
  subject_inactive: s(2, null, true, 'mark_subject_inactive', 'ppk_staf'),
  invalidated: s(3, null, false, 'invalidate_case', 'bawaslu_pimpinan'),
};

/**
 * Share of cases still open by age: nearly all of last month's, half of the last half-year's, and a tail of old
 * cases stuck at the PPK or BKN. Over 2019–now this leaves about 6-7 % open.
 */
export const OPEN_SHARE_BY_AGE_DAYS: [maxAgeDays: number, openShare: number][] = [
  [30, 0.9],
  [180, 0.5],
  [730, 0.08],
  [Number.POSITIVE_INFINITY, 0.02],
];

/** Open cases' due dates: today + [-30, +20) days, so about 60 % are overdue. */
export const DUE_OFFSET_DAYS = { from: -30, to: 20 };

/** Slot tables: a random number in [0, 1) picks a slot; each row owns a range of slots by its share. */
export const SLOTS = 1000;

function slotRanges<T extends { share: number }>(rows: T[]): (T & { lo: number; hi: number })[] {
  const total = rows.reduce((sum, r) => sum + r.share, 0);
  let acc = 0;
  return rows.map((r) => {
    const lo = Math.round((acc / total) * SLOTS);
    acc += r.share;
    return { ...r, lo, hi: Math.round((acc / total) * SLOTS) };
  });
}

/** Rows for the generator's state slot table (open and closed ranges separately). */
export function stateSlotRows() {
  const rows = Object.entries(STATE_SHAPES).map(([state, shape]) => {
    const info = CASE_STATE_INFO[state as CaseState];
    return {
      state,
      is_open: info.progress !== 'closed',
      progress: info.progress,
      outcome: info.outcome,
      stage: shape.stage,
      recommended: shape.recommended,
      share: shape.share,
    };
  });
  return [...slotRanges(rows.filter((r) => r.is_open)), ...slotRanges(rows.filter((r) => !r.is_open))].map(
    ({ share: _share, ...r }) => r,
  );
}

export function electionSlotRows() {
  return slotRanges(Object.entries(ELECTION_SHARE).map(([id, share]) => ({ id, share }))).map(
    ({ share: _share, ...r }) => r,
  );
}

/** The input stored with a synthetic event: the fixture input of its action (a realistic size). */
export function eventInput(action: CaseActionId | 'create_finding'): Record<string, unknown> {
  if (action === 'create_finding') {
    return {
      act: { date: '2024-07-01', place: 'Balai desa' },
      intake: {
        channel: 'patrol',
        receivedOn: '2024-07-02',
        summary: 'Dugaan keberpihakan ASN di media sosial',
      },
    };
  }
  return VALID_INPUTS[action];
}

export function lastActionRows() {
  return Object.entries(STATE_SHAPES).map(([state, shape]) => ({
    state,
    last_action: shape.lastAction,
    last_role: shape.lastRole,
    last_input: eventInput(shape.lastAction),
  }));
}
