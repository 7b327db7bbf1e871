/**
 * Which election phase applies on a date — pure functions over an election's calendar (REF §3.6). A case
 * records the phase at the date of the act; neutrality rules apply before, during and after the campaign
 * (PP 94/2021 Pasal 5 huruf n angka 5–6; UU 7/2017 Pasal 283), so "before/during/after" is a statistic.
 * Dates are Asia/Jakarta calendar days written YYYY-MM-DD, compared as strings; phase windows are inclusive.
 */

export interface PhaseWindow {
  code: string;
  /** null = the date is not in our sources. */
  startsOn: string | null;
  endsOn: string | null;
}

export interface PhaseOverride {
  phaseCode: string;
  regionCode: string;
  startsOn: string | null;
  endsOn: string | null;
}

export const CAMPAIGN_RELATIONS = [
  'before_campaign',
  'campaign',
  'quiet_period',
  'voting_day',
  'after_voting',
] as const;
export type CampaignRelation = (typeof CAMPAIGN_RELATIONS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertDate(date: string): void {
  if (!ISO_DATE.test(date)) throw new Error(`Expected a YYYY-MM-DD date, got "${date}"`);
}

function contains(phase: PhaseWindow, date: string): boolean {
  return phase.startsOn !== null && phase.endsOn !== null && phase.startsOn <= date && date <= phase.endsOn;
}

/** Every phase whose window contains the date (phases overlap: counting runs inside recapitulation, …). */
export function phasesAtDate<P extends PhaseWindow>(phases: readonly P[], date: string): P[] {
  assertDate(date);
  return phases.filter((p) => contains(p, date));
}

/**
 * The most specific phase on the date: the one that started last, and among those the shortest (on voting
 * day "voting" beats "counting"; inside the long planning stage the campaign wins). undefined = none known.
 */
export function phaseAtDate<P extends PhaseWindow>(phases: readonly P[], date: string): P | undefined {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return phasesAtDate(phases, date).sort(
    (a, b) => byText(b.startsOn ?? '', a.startsOn ?? '') || byText(a.endsOn ?? '', b.endsOn ?? ''),
  )[0];
}

/**
 * Where a date stands relative to the campaign: before it, during it, in the quiet period (masa tenang:
 * the days between the end of the campaign and voting day), on voting day or after it. undefined when the
 * calendar lacks the dates needed to tell (e.g. the Pemilu 2019 campaign dates are not in our sources).
 */
export function campaignRelation(phases: readonly PhaseWindow[], date: string): CampaignRelation | undefined {
  assertDate(date);
  const find = (code: string) =>
    phases.find((p) => p.code === code && p.startsOn !== null && p.endsOn !== null);
  const voting = find('voting');
  const campaign = find('campaign');
  const quiet = find('quiet_period');
  if (voting && date > (voting.endsOn ?? '')) return 'after_voting';
  if (voting && contains(voting, date)) return 'voting_day';
  if (quiet && contains(quiet, date)) return 'quiet_period';
  if (!campaign) return undefined;
  if (date < (campaign.startsOn ?? '')) return 'before_campaign';
  if (date <= (campaign.endsOn ?? '')) return 'campaign';
  return voting ? 'quiet_period' : undefined;
}

/**
 * The calendar as it applies in one region. `regionChain` lists the region and its parents, most specific
 * first (kecamatan, kab/kota, province): a phase takes the first override found along it, else the
 * national dates.
 */
export function applyPhaseOverrides<P extends PhaseWindow, O extends PhaseOverride>(
  phases: readonly P[],
  overrides: readonly O[],
  regionChain: readonly string[],
): (P & { override: O | undefined })[] {
  return phases.map((phase) => {
    const mine = overrides.filter((o) => o.phaseCode === phase.code);
    const override = regionChain
      .map((code) => mine.find((o) => o.regionCode === code))
      .find((o) => o !== undefined);
    return override
      ? { ...phase, startsOn: override.startsOn, endsOn: override.endsOn, override }
      : { ...phase, override };
  });
}
