// The further laporan and temuan about the act of a planned case (issue 4 §1: Bawaslu merges reports of the same
// act into one case). Bawaslu counts reports, not cases (REF §2.2, Bawaslu 4 Oct 2020: 805 = 744 temuan +
// 61 laporan): the plan adds exactly as many as make that count on its day, and after it as many per case as
// the profile assumes. Pure and seeded.
import { parseIsoDate, toEpochDay } from '../../platform/calendar/iso-date';
import { formalRejectionDay } from './case-steps';
import type { DemoProfile } from './demo-profiles';
import { LAPORAN_CHANNELS, TEMUAN_CHANNELS } from './plan-people';
import type { MoreIntake, PlannedCase } from './plan-types';
import type { Random } from './random';

/** A further report of the same act comes within this many days of the first (and while Bawaslu holds it). */
const WITHIN_DAYS = 7;

/**
 * The last day Bawaslu still holds the case (an intake is added only then, before that day's decision): the
 * pleno's decision, the formal rejection two days before `fate.day` at the latest, or the history's end.
 */
export function bawasluLastDay(c: PlannedCase, lastDay: number): number {
  const { fate, intake } = c;
  if (fate.kind === 'in_process') return lastDay;
  if (fate.kind === 'rejected_formal') return formalRejectionDay(intake.receivedDay, fate.day);
  return fate.day;
}

function intakeOn(
  c: PlannedCase,
  kind: MoreIntake['kind'],
  until: number,
  lastDay: number,
  rnd: Random,
): MoreIntake {
  const first = c.intake.receivedDay;
  const end = Math.min(first + WITHIN_DAYS, bawasluLastDay(c, lastDay), until);
  const day = rnd.int(first, Math.max(first, end));
  const laporan = kind === 'laporan';
  return {
    kind,
    channel: laporan ? rnd.weighted(LAPORAN_CHANNELS) : rnd.weighted(TEMUAN_CHANNELS),
    // A laporan comes within the 7-day filing window (UU 7/2017 Pasal 454(6)); a temuan on the day it is seen.
    knownDay: laporan ? Math.max(c.intake.actDay, day - rnd.int(0, 3)) : day,
    day,
  };
}

/** Fills `moreIntakes` of every case in place. Throws when the plan already holds more first intakes than the
 *  published count (a seed or profile that cannot reproduce it must fail loudly). */
export function planMoreIntakes(
  cases: readonly PlannedCase[],
  profile: DemoProfile,
  lastDay: number,
  rnd: Random,
): void {
  const reports = profile.reportsAsOf;
  const calibration = reports && { ...reports, day: toEpochDay(parseIsoDate(reports.date)) };
  const before = calibration ? cases.filter((c) => c.intake.receivedDay <= calibration.day) : [];
  if (calibration) {
    for (const kind of ['temuan', 'laporan'] as const) {
      const firsts = before.filter((c) => c.intake.kind === kind).length;
      const missing = calibration[kind] - firsts;
      if (missing < 0)
        throw new Error(
          `demo plan: ${firsts} ${kind} by ${calibration.date}, more than ${calibration[kind]}`,
        );
      // A viral post draws many reports: a case may take several.
      for (let i = 0; i < missing; i++) {
        const c = rnd.pick(before);
        c.moreIntakes.push(intakeOn(c, kind, calibration.day, lastDay, rnd));
      }
    }
  }
  const calibrated = new Set(before);
  const after = cases.filter((c) => !calibrated.has(c));
  const count = Math.round((after.length * profile.moreIntakesPer100Cases) / 100);
  for (let i = 0; i < count && after.length > 0; i++) {
    const c = rnd.pick(after);
    const kind = rnd.chance(profile.laporanShare) ? 'laporan' : 'temuan';
    c.moreIntakes.push(intakeOn(c, kind, Number.POSITIVE_INFINITY, lastDay, rnd));
  }
  for (const c of cases) c.moreIntakes.sort((a, b) => a.day - b.day);
}
