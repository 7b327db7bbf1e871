import type { RegionRow } from '../regions/region-rows';

type Confidence = 'verified' | 'secondary' | 'unverified';

/** Who holds an election, as rules over the region list (elections.json "participation"). */
export interface ParticipationRules {
  /** true/false for every province; null = not known. */
  provinces: boolean | null;
  autonomousRegencies: boolean | null;
  /** The 6 DKI administrative units (REF §4.5). */
  administrativeUnits: boolean | null;
  confidence: Confidence | null;
  source: string;
  exceptions: {
    regionCode: string;
    holdsElection: boolean | null;
    confidence: Confidence | null;
    source: string;
    note?: string | undefined;
  }[];
}

export interface ParticipationRow {
  region_code: string;
  holds_election: boolean | null;
  confidence: Confidence | null;
  source: string;
  note: string | null;
}

/**
 * One flag per province and kab/kota (kecamatan follow their kab/kota). Unknown stays null: Netra never
 * guesses which regions held an election (REF §4.5 gives Pilkada 2020's totals, not its list).
 */
export function participationRows(
  rules: ParticipationRules,
  regions: readonly RegionRow[],
): ParticipationRow[] {
  const exceptions = new Map(rules.exceptions.map((e) => [e.regionCode, e]));
  for (const code of exceptions.keys()) {
    if (!regions.some((r) => r.code === code && r.level !== 'district'))
      throw new Error(`Participation exception for unknown region ${code}`);
  }
  return regions
    .filter((r) => r.level !== 'district')
    .map((r) => {
      const exception = exceptions.get(r.code);
      if (exception) {
        return {
          region_code: r.code,
          holds_election: exception.holdsElection,
          confidence: exception.confidence,
          source: exception.source,
          note: exception.note ?? null,
        };
      }
      const holds =
        r.level === 'province'
          ? rules.provinces
          : r.is_autonomous
            ? rules.autonomousRegencies
            : rules.administrativeUnits;
      return {
        region_code: r.code,
        holds_election: holds,
        confidence: holds === null ? null : rules.confidence,
        source: rules.source,
        note: null,
      };
    });
}

export interface RegionTotals {
  provinces: number;
  kabupaten: number;
  kota: number;
}

/** Regions flagged as holding the election, by kind (the check against the published totals). */
export function countHolding(rows: readonly ParticipationRow[], regions: readonly RegionRow[]): RegionTotals {
  const kinds = new Map(regions.map((r) => [r.code, r.kind]));
  const totals: RegionTotals = { provinces: 0, kabupaten: 0, kota: 0 };
  for (const row of rows) {
    if (row.holds_election !== true) continue;
    const kind = kinds.get(row.region_code);
    if (kind === 'province') totals.provinces++;
    else if (kind === 'kabupaten') totals.kabupaten++;
    else if (kind === 'kota') totals.kota++;
  }
  return totals;
}
