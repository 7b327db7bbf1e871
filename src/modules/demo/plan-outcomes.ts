// The calibrated core of the demo history: on which day each forwarded case reached the oversight body, was
// recommended as proven, and was sanctioned, so that counting "as of" each published day gives the published
// total to the person (REF §2.2–2.3). Pure: drafts in, drafts filled.
import type { SanctionClass } from '../stats/agency-figures-schema';
import type { DemoProfile } from './demo-profiles';
import type { Sized } from './plan-types';
import { officeDay, periodsOf, takeExactly, type Mark } from './quota';
import type { Random } from './random';

/** A forwarded case while it is being planned. */
export interface Draft extends Sized {
  index: number;
  forwardDay: number;
  agencyCode: string;
  provenDay?: number;
  sanction?: SanctionClass;
  sanctionDay?: number;
  viaBlocking?: boolean;
}

export interface Calibration {
  forwarded: Mark[];
  proven: Mark[];
  sanctioned: Mark[];
  /** The published sanction mix of the persons proven by that day. */
  mix: { day: number; counts: Partial<Record<SanctionClass, number>> } | null;
}

/** Case sizes (persons named) adding up to exactly `persons`: most name one ASN, some two or three. */
export function caseSizes(persons: number, rnd: Random): number[] {
  const sizes: number[] = [];
  let left = persons;
  while (left > 0) {
    const size = Math.min(left, rnd.weighted({ 1: 88, 2: 8, 3: 4 }) === '1' ? 1 : rnd.chance(0.67) ? 2 : 3);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Forward days: each published period gets exactly its new persons (at least 3 days after `start`). */
export function assignForwarding(drafts: Draft[], cal: Calibration, start: number, rnd: Random): void {
  const pool = rnd.shuffle(drafts);
  for (const p of periodsOf(cal.forwarded, start)) {
    for (const d of takeExactly(pool, p.quota, `forwarded by day ${p.hi}`)) {
      d.forwardDay = officeDay(rnd, Math.max(p.lo + 1, start + 3), p.hi);
    }
  }
  if (pool.length > 0) throw new Error('demo plan: more forwarded persons than the last published count');
}

/** Oldest first, with some days of jitter: KASN did not verify strictly in order of arrival. */
function byAge<T>(items: T[], day: (t: T) => number, rnd: Random, jitter: number): T[] {
  return items
    .map((t) => ({ t, k: day(t) + rnd.int(0, jitter) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.t);
}

/** Recommendation (proven) days: each period takes exactly its persons from cases forwarded before it ends. */
export function assignRecommendations(drafts: Draft[], cal: Calibration, rnd: Random): void {
  for (const p of periodsOf(cal.proven, Math.min(...drafts.map((d) => d.forwardDay)))) {
    const open = drafts.filter((d) => d.provenDay === undefined && d.forwardDay < p.hi);
    const pool = byAge(open, (d) => d.forwardDay, rnd, 25);
    for (const d of takeExactly(pool, p.quota, `proven by day ${p.hi}`)) {
      // Verification takes days: at least one after forwarding, and a week when the period leaves room.
      const from = Math.max(p.lo + 1, d.forwardDay + 1);
      d.provenDay = officeDay(rnd, Math.min(Math.max(from, d.forwardDay + 7), p.hi), p.hi);
    }
  }
}

/** Sanction classes: the published mix exactly for those proven by its day, the profile's shares after. */
export function assignSanctionClasses(
  drafts: Draft[],
  cal: Calibration,
  shares: DemoProfile['sanctionShares'],
  rnd: Random,
): void {
  const proven = drafts.filter((d) => d.provenDay !== undefined);
  if (cal.mix) {
    const mixDay = cal.mix.day;
    const pool = rnd.shuffle(proven.filter((d) => (d.provenDay as number) <= mixDay));
    for (const [cls, n] of Object.entries(cal.mix.counts) as [SanctionClass, number][]) {
      for (const d of takeExactly(pool, n, `sanction ${cls}`)) d.sanction = cls;
    }
    if (pool.length > 0) throw new Error('demo plan: the published sanction mix does not add up to proven');
  }
  const weights = shares as Record<SanctionClass, number>;
  for (const d of proven) d.sanction ??= rnd.weighted(weights);
}

/**
 * Sanction days: each period takes exactly its persons from cases proven before it ends; the PPKs the figures
 * name as slow come last. A long wait may have gone through BKN's warning and data blocking.
 */
export function assignSanctions(
  drafts: Draft[],
  cal: Calibration,
  slow: ReadonlySet<string>,
  rnd: Random,
): void {
  for (const p of periodsOf(cal.sanctioned, Math.min(...drafts.map((d) => d.forwardDay)))) {
    const open = drafts.filter(
      (d) => d.provenDay !== undefined && d.sanctionDay === undefined && d.provenDay < p.hi,
    );
    // Loosely oldest first: some PPKs decree within days, others after months (KASN Sep 2020: 52 %).
    const pool = byAge(open, (d) => (d.provenDay as number) + (slow.has(d.agencyCode) ? 90 : 0), rnd, 90);
    for (const d of takeExactly(pool, p.quota, `sanctioned by day ${p.hi}`)) {
      const proven = d.provenDay as number;
      const from = Math.min(Math.max(p.lo + 1, proven + 1), p.hi);
      // A prompt PPK decrees 3–25 days after the recommendation (the due day is the 10th); when the period
      // started later than that, some day in it.
      const prompt = proven + rnd.int(3, 25);
      d.sanctionDay = prompt >= from && prompt <= p.hi ? prompt : officeDay(rnd, from, p.hi);
      // Warning at +11, blocking proposal ≥ 4 days later, blocking, then the decree: needs about 24 days.
      d.viaBlocking = d.sanctionDay - proven >= 28 && rnd.chance(slow.has(d.agencyCode) ? 0.6 : 0.2);
    }
  }
}
