// The whole demo history of one election as a plan (issue 5 §7): forwarded cases timed so that the published
// totals come out exactly as of their days, the cases Bawaslu did not forward, and what happened to every case
// after. Pure and seeded: the same seed and reference data give the same plan.
import { parseIsoDate, toEpochDay } from '../../platform/calendar/iso-date';
import type { AgencyFigure } from '../stats/agency-figures-schema';
import type { DemoProfile } from './demo-profiles';
import {
  agencyUniverse,
  placeForwarded,
  placeOther,
  type AgencyUniverse,
  type Placement,
} from './plan-agencies';
import {
  assignForwarding,
  assignRecommendations,
  assignSanctionClasses,
  assignSanctions,
  caseSizes,
  type Calibration,
  type Draft,
} from './plan-outcomes';
import { planMoreIntakes } from './plan-more-intakes';
import { plannedIntake, plannedSubjects } from './plan-people';
import type { BawasluFate, OversightFate, PlannedCase, PpkFate } from './plan-types';
import { officeDay } from './quota';
import { seededRandom, type Random } from './random';

export interface DemoReference {
  regencies: readonly { code: string; provinceCode: string }[];
  provinces: readonly string[];
  figures: readonly AgencyFigure[];
}

/** The published figures the history must reproduce: persons, marked `calibrates`, of this election. */
export function calibrationOf(electionId: string, figures: readonly AgencyFigure[]): Calibration {
  const own = figures.filter((f) => f.electionId === electionId && f.calibrates && f.unit === 'asn');
  const marks = (key: 'forwarded' | 'proven' | 'sanctioned') =>
    own.flatMap((f) =>
      f.values
        .filter((v) => v.netra === key)
        .map((v) => ({ day: toEpochDay(parseIsoDate(f.asOf)), value: v.value })),
    );
  const withMix = own.filter((f) => f.sanctionMix).at(-1);
  return {
    forwarded: marks('forwarded'),
    proven: marks('proven'),
    sanctioned: marks('sanctioned'),
    mix: withMix?.sanctionMix
      ? { day: toEpochDay(parseIsoDate(withMix.asOf)), counts: withMix.sanctionMix }
      : null,
  };
}

function ppkFateOf(d: Draft, profile: DemoProfile, last: number, rnd: Random): PpkFate {
  if (d.sanctionDay !== undefined)
    return { kind: 'sanctioned', day: d.sanctionDay, viaBlocking: d.viaBlocking ?? false };
  const kind = rnd.weighted(profile.unsanctioned);
  if (kind === 'inactive')
    return { kind, day: officeDay(rnd, Math.min((d.provenDay as number) + 20, last), last) };
  return { kind };
}

function oversightFateOf(d: Draft, profile: DemoProfile, last: number, rnd: Random): OversightFate {
  if (d.provenDay !== undefined)
    return {
      kind: 'proven',
      day: d.provenDay,
      sanction: d.sanction ?? 'moderate',
      ppk: ppkFateOf(d, profile, last, rnd),
    };
  const kind = rnd.weighted(profile.notRecommended);
  if (kind === 'awaiting') return { kind };
  return { kind, day: officeDay(rnd, Math.min(d.forwardDay + 10, last), Math.min(d.forwardDay + 90, last)) };
}

function planCase(
  key: string,
  size: number,
  place: Placement,
  fate: BawasluFate,
  profile: DemoProfile,
  firstDay: number,
  rnd: Random,
): PlannedCase {
  const pilkada = profile.electionId.startsWith('pilkada');
  const decisionDay = fate.kind === 'in_process' ? fate.day + 2 : fate.day;
  return {
    key,
    electionId: profile.electionId,
    size,
    agencyCode: place.agencyCode,
    regionCode: place.regionCode,
    categoryCode: rnd.weighted(profile.categories),
    subjects: plannedSubjects(size, profile, place.agencyCode.startsWith('kl-'), rnd),
    intake: plannedIntake(decisionDay, firstDay, pilkada, profile.laporanShare, rnd),
    fate,
    moreIntakes: [],
  };
}

/** Cases Bawaslu did not forward, as many persons per 100 forwarded as the profile says, spread like them. */
function notForwarded(
  drafts: Draft[],
  profile: DemoProfile,
  u: AgencyUniverse,
  forwarded: number,
  last: number,
  rnd: Random,
): { size: number; place: Placement; fate: BawasluFate }[] {
  const out: { size: number; place: Placement; fate: BawasluFate }[] = [];
  for (const [kind, per100] of Object.entries(profile.notForwarded) as [
    keyof DemoProfile['notForwarded'],
    number,
  ][]) {
    for (const size of caseSizes(Math.round((forwarded * per100) / 100), rnd)) {
      const like = rnd.pick(drafts).forwardDay;
      const fate: BawasluFate =
        kind === 'inProcess'
          ? { kind: 'in_process', day: officeDay(rnd, last - 20, last - 3) }
          : {
              kind:
                kind === 'notAViolation'
                  ? 'not_a_violation'
                  : kind === 'rejectedFormal'
                    ? 'rejected_formal'
                    : 'forwarded_other',
              day: like,
            };
      out.push({ size, place: placeOther(u, rnd), fate });
    }
  }
  return out;
}

export function planHistory(profile: DemoProfile, ref: DemoReference, seed: number): PlannedCase[] {
  const rnd = seededRandom(seed);
  const cal = calibrationOf(profile.electionId, ref.figures);
  if (cal.forwarded.length === 0)
    throw new Error(`demo plan: no published figures for ${profile.electionId}`);
  const first = toEpochDay(profile.firstReport);
  const last = toEpochDay(profile.lastActivity);
  const forwarded = Math.max(...cal.forwarded.map((m) => m.value));
  const drafts: Draft[] = caseSizes(forwarded, rnd).map((size, index) => ({
    index,
    size,
    forwardDay: 0,
    agencyCode: '',
  }));
  assignForwarding(drafts, cal, first, rnd);
  const universe = agencyUniverse(profile, ref.regencies, ref.provinces, rnd);
  const placed = placeForwarded(drafts, profile, universe, rnd);
  for (const d of drafts) d.agencyCode = (placed.get(d.index) as Placement).agencyCode;
  assignRecommendations(drafts, cal, rnd);
  assignSanctionClasses(drafts, cal, profile.sanctionShares, rnd);
  assignSanctions(drafts, cal, new Set(profile.slowPpks), rnd);

  const cases = drafts.map((d) =>
    planCase(
      `${profile.electionId}/${d.index + 1}`,
      d.size,
      placed.get(d.index) as Placement,
      { kind: 'forwarded', day: d.forwardDay, oversight: oversightFateOf(d, profile, last, rnd) },
      profile,
      first,
      rnd,
    ),
  );
  notForwarded(drafts, profile, universe, forwarded, last, rnd).forEach((o, i) =>
    cases.push(
      planCase(
        `${profile.electionId}/${drafts.length + i + 1}`,
        o.size,
        o.place,
        o.fate,
        profile,
        first,
        rnd,
      ),
    ),
  );
  // Their own random source: the cases drawn above stay what they were before the plan merged reports.
  planMoreIntakes(cases, profile, last, seededRandom(seed + 3));
  return cases;
}
