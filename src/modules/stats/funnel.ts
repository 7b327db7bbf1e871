// The public funnel (issue 5 §1; ARCHITECTURE.md §5): every state of a case falls in exactly one bucket, so the
// published totals add up by construction. Pure: counts by state in, figures out.
import type { CaseState } from '../cases/states';

/** The leaf buckets; each state belongs to exactly one (a test walks CASE_STATE_INFO). */
export const STATE_BUCKET = {
  // Bawaslu (or intake) still handling it.
  received: 'inProcess',
  registered: 'inProcess',
  clarification: 'inProcess',
  assessment: 'inProcess',
  plenary: 'inProcess',
  reopened: 'inProcess',
  not_a_violation: 'notAViolation',
  // Closed before a decision on the merits: formal requirements not met, or invalidated (duplicate, abusive).
  rejected_formal: 'notRegistered',
  invalidated: 'notRegistered',
  // Another body's matter (Gakkumdu criminal track, …): UU 7/2017 Pasal 455(1).
  forwarded_other: 'forwardedOther',
  forwarded_to_bkn: 'awaitingBkn',
  bkn_verification: 'awaitingBkn',
  recommendation: 'awaitingBkn',
  not_proven: 'notProven',
  rejected: 'rejectedOrCancelled',
  cancelled: 'rejectedOrCancelled',
  awaiting_ppk: 'awaitingPpk',
  ppk_examination: 'awaitingPpk',
  warned: 'awaitingPpk',
  blocking_proposed: 'awaitingPpk',
  blocked: 'blocked',
  // The PPK's decree is in, but the data stays blocked until BKN lifts it (BKN counts it as diblokir).
  decree_submitted: 'blocked',
  sanctioned: 'sanctioned',
  subject_inactive: 'inactive',
} as const satisfies Record<CaseState, string>;

export type Bucket = (typeof STATE_BUCKET)[CaseState];

/**
 * One workflow state, two meanings for the figures: an ASN who left the service (retired, dismissed) before BKN
 * recommended anything was never found proven. The statistics queries give such a subject this pseudo-state; it
 * counts as closed without a decision, beside rejected and cancelled.
 */
export const UNRECOMMENDED_INACTIVE = 'subject_inactive_unrecommended';
const PSEUDO_STATE_BUCKET: Readonly<Record<string, Bucket>> = {
  [UNRECOMMENDED_INACTIVE]: 'rejectedOrCancelled',
};

export interface Funnel {
  reported: number;
  inProcess: number;
  notAViolation: number;
  notRegistered: number;
  forwardedOther: number;
  /** Forwarded to BKN (KASN until Aug 2024): awaitingBkn + notProven + rejectedOrCancelled + proven. */
  forwarded: number;
  awaitingBkn: number;
  notProven: number;
  rejectedOrCancelled: number;
  /** Recommended as proven: awaitingPpk + sanctioned + blocked + inactive. */
  proven: number;
  awaitingPpk: number;
  sanctioned: number;
  blocked: number;
  inactive: number;
}

export const EMPTY_FUNNEL: Funnel = {
  reported: 0,
  inProcess: 0,
  notAViolation: 0,
  notRegistered: 0,
  forwardedOther: 0,
  forwarded: 0,
  awaitingBkn: 0,
  notProven: 0,
  rejectedOrCancelled: 0,
  proven: 0,
  awaitingPpk: 0,
  sanctioned: 0,
  blocked: 0,
  inactive: 0,
};

/** The funnel of counts by state (unknown states are an error: the buckets must cover every state). */
export function funnelOf(countsByState: Iterable<{ state: string; n: number }>): Funnel {
  const f = { ...EMPTY_FUNNEL };
  for (const { state, n } of countsByState) {
    const bucket = (STATE_BUCKET as Record<string, Bucket | undefined>)[state] ?? PSEUDO_STATE_BUCKET[state];
    if (bucket === undefined) throw new Error(`state ${state} has no statistics bucket`);
    f[bucket] += n;
  }
  f.proven = f.awaitingPpk + f.sanctioned + f.blocked + f.inactive;
  f.forwarded = f.awaitingBkn + f.notProven + f.rejectedOrCancelled + f.proven;
  f.reported = f.inProcess + f.notAViolation + f.notRegistered + f.forwardedOther + f.forwarded;
  return f;
}

/**
 * The PPK follow-up rate: sanctioned (decree issued) of proven. The seeds' "52 %" (KASN, Sep 2020: 256 of 492).
 * null when nothing is proven yet.
 */
export function followUpRate(f: Funnel): number | null {
  return f.proven === 0 ? null : f.sanctioned / f.proven;
}

/** The identities of ARCHITECTURE.md §5, as the names of those that fail (empty when all hold). */
export function brokenInvariants(f: Funnel): string[] {
  const broken: string[] = [];
  if (f.reported !== f.inProcess + f.notAViolation + f.notRegistered + f.forwardedOther + f.forwarded)
    broken.push('reported = in process + not a violation + not registered + forwarded elsewhere + forwarded');
  if (f.forwarded !== f.awaitingBkn + f.notProven + f.rejectedOrCancelled + f.proven)
    broken.push('forwarded = awaiting BKN + proven + not proven + rejected/cancelled');
  if (f.proven !== f.awaitingPpk + f.sanctioned + f.blocked + f.inactive)
    broken.push('proven = awaiting PPK + sanctioned + blocked + inactive');
  for (const [k, v] of Object.entries(f)) if (v < 0) broken.push(`${k} is negative (${v})`);
  return broken;
}
