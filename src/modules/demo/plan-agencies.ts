// Which agency (and so which region) each demo case concerns: exact where the figures name agencies and provinces
// (KASN Sep 2020: Purbalingga 56, …; Sultra 90, …), the published order of the top agencies by the end (KASN
// Jan 2021), and weighted by the hot provinces elsewhere. Pure.
import { toEpochDay } from '../../platform/calendar/iso-date';
import { HOT_PROVINCES, type DemoProfile } from './demo-profiles';
import type { Draft } from './plan-outcomes';
import { takeExactly } from './quota';
import type { Random } from './random';

/** An agency a demo case may concern, with the region its acts take place in. */
export interface DemoAgency {
  code: string;
  /** The province of a regional agency; null for a central one (its ASN work everywhere). */
  provinceCode: string | null;
  weight: number;
}

/** The regions of an election and the agencies there (pemda of each region, and central agencies). */
export interface AgencyUniverse {
  agencies: DemoAgency[];
  /** kab/kota codes where a central agency's ASN may act. */
  regencies: string[];
  /** Every kab/kota of each province (a provincial agency's ASN act in one of them). */
  regenciesOf: Map<string, string[]>;
}

const MIN_REGENCIES_PER_QUOTA_PROVINCE = 7;

const CENTRAL = [
  'kl-kemenag',
  'kl-kemendikdasmen',
  'kl-kemenkes',
  'kl-kemenkeu',
  'kl-atr-bpn',
  'kl-kemensos',
];

/**
 * The agencies of the regions that take part. Pilkada 2020's 270 regions are not in the reference data: the
 * named ones are kept and the rest drawn (a demo assumption, stated in docs/demo-data.md).
 */
export function agencyUniverse(
  profile: DemoProfile,
  regencies: readonly { code: string; provinceCode: string }[],
  provinces: readonly string[],
  rnd: Random,
): AgencyUniverse {
  const eligible = regencies.filter((r) => r.provinceCode !== '31');
  let chosen = eligible;
  let chosenProvinces = [...provinces];
  if (profile.regions) {
    const must = new Set(profile.regions.mustInclude);
    // Enough kab/kota in each province with a published figure to hold it under the per-agency cap.
    for (const prov of Object.keys(profile.quotasAsOf?.provinces ?? {})) {
      const inProv = rnd.shuffle(eligible.filter((r) => r.provinceCode === prov && !must.has(r.code)));
      const have = [...must].filter((c) => c.startsWith(`${prov}.`)).length;
      for (const r of inProv.slice(0, Math.max(0, MIN_REGENCIES_PER_QUOTA_PROVINCE - have))) must.add(r.code);
    }
    const rest = rnd.shuffle(eligible.filter((r) => !must.has(r.code)));
    chosen = [
      ...eligible.filter((r) => must.has(r.code)),
      ...rest.slice(0, profile.regions.regencyCount - must.size),
    ];
    chosenProvinces = profile.regions.provinces;
  }
  const hot = (p: string) => HOT_PROVINCES[p] ?? 1;
  const agencies: DemoAgency[] = [
    ...chosen.map((r) => ({
      code: `pemda-${r.code}`,
      provinceCode: r.provinceCode,
      weight: hot(r.provinceCode),
    })),
    ...chosenProvinces.map((p) => ({ code: `pemda-${p}`, provinceCode: p, weight: 1.5 * hot(p) })),
    ...CENTRAL.map((code) => ({ code, provinceCode: null, weight: code === 'kl-kemenag' ? 3 : 0.6 })),
  ];
  const regenciesOf = new Map<string, string[]>();
  for (const r of eligible)
    regenciesOf.set(r.provinceCode, [...(regenciesOf.get(r.provinceCode) ?? []), r.code]);
  return { agencies, regencies: chosen.map((r) => r.code), regenciesOf };
}

class Tally {
  readonly byAgency = new Map<string, number>();
  readonly byProvince = new Map<string, number>();
  add(agency: string, province: string, n: number): void {
    this.byAgency.set(agency, (this.byAgency.get(agency) ?? 0) + n);
    this.byProvince.set(province, (this.byProvince.get(province) ?? 0) + n);
  }
}

/**
 * Where a case of `agency` took place (a kab/kota: Bawaslu handles it there): a kab/kota agency's own, one of its
 * province's for a provincial agency, a drawn one for a central agency.
 */
function regionFor(
  a: DemoAgency,
  u: AgencyUniverse,
  rnd: Random,
  allowed: (province: string) => boolean,
): string {
  if (a.provinceCode !== null) {
    const own = a.code.slice('pemda-'.length);
    if (own.length > 2) return own;
    const inProvince = u.regencies.filter((r) => r.startsWith(`${own}.`));
    return rnd.pick(inProvince.length > 0 ? inProvince : (u.regenciesOf.get(own) ?? []));
  }
  const free = u.regencies.filter((r) => allowed(r.slice(0, 2)));
  return rnd.pick(free.length > 0 ? free : u.regencies);
}

export interface Placement {
  agencyCode: string;
  regionCode: string;
}

/** Draws an agency by weight until `fits` accepts it (caps keep the published top lists on top). */
function drawAgency(candidates: DemoAgency[], rnd: Random, fits: (a: DemoAgency) => boolean): DemoAgency {
  const weights = Object.fromEntries(candidates.map((a) => [a.code, a.weight]));
  for (let tries = 0; tries < 200; tries++) {
    const code = rnd.weighted(weights);
    const a = candidates.find((x) => x.code === code) as DemoAgency;
    if (fits(a)) return a;
  }
  const fallback = candidates.find(fits);
  if (!fallback) throw new Error('demo plan: no agency fits the published caps');
  return fallback;
}

/**
 * Places every forwarded draft: first the exact quotas as of their day, then the published top agencies' totals
 * by the end, then the rest by weight under caps that keep those lists as published.
 */
export function placeForwarded(
  drafts: Draft[],
  profile: DemoProfile,
  u: AgencyUniverse,
  rnd: Random,
): Map<number, Placement> {
  const placed = new Map<number, Placement>();
  const tally = new Tally();
  const byCode = new Map(u.agencies.map((a) => [a.code, a]));
  const put = (d: Draft, a: DemoAgency, allowed: (province: string) => boolean = () => true) => {
    const regionCode = regionFor(a, u, rnd, allowed);
    placed.set(d.index, { agencyCode: a.code, regionCode });
    tally.add(a.code, regionCode.slice(0, 2), d.size);
  };
  const below = (map: Map<string, number>, key: string | null, n: number, cap: number) =>
    key === null || (map.get(key) ?? 0) + n < cap;
  const q = profile.quotasAsOf;
  if (q) {
    const pool = rnd.shuffle(drafts.filter((d) => d.forwardDay <= toEpochDay(q.date)));
    for (const [code, n] of Object.entries(q.agencies)) {
      for (const d of takeExactly(pool, n, `agency ${code}`)) put(d, byCode.get(code) as DemoAgency);
    }
    // Below every published agency and province figure of that day.
    const agencyCap = Math.min(...Object.values(q.agencies));
    const provinceCap = Math.min(...Object.values(q.provinces));
    for (const [prov, n] of Object.entries(q.provinces)) {
      const candidates = u.agencies.filter((a) => a.provinceCode === prov && !(a.code in q.agencies));
      for (const d of takeExactly(pool, n - (tally.byProvince.get(prov) ?? 0), `province ${prov}`))
        put(
          d,
          drawAgency(candidates, rnd, (a) => below(tally.byAgency, a.code, d.size, agencyCap)),
        );
    }
    const open = (d: Draft) => (p: string) =>
      !(p in q.provinces) && below(tally.byProvince, p, d.size, provinceCap);
    const others = u.agencies.filter((a) => a.provinceCode === null || !(a.provinceCode in q.provinces));
    for (const d of pool) {
      const a = drawAgency(
        others,
        rnd,
        (x) =>
          below(tally.byAgency, x.code, d.size, agencyCap) &&
          (x.provinceCode === null || open(d)(x.provinceCode)),
      );
      put(d, a, open(d));
    }
  }
  const rest = rnd.shuffle(drafts.filter((d) => !placed.has(d.index)));
  for (const [code, total] of Object.entries(profile.topAgencies)) {
    const a = byCode.get(code);
    if (!a) throw new Error(`demo plan: top agency ${code} is not among the election's agencies`);
    for (const d of takeExactly(rest, total - (tally.byAgency.get(code) ?? 0), `top agency ${code}`))
      put(d, a);
  }
  const cap = Math.min(...Object.values(profile.topAgencies));
  const others = u.agencies.filter((a) => !(a.code in profile.topAgencies));
  for (const d of rest)
    put(
      d,
      drawAgency(others, rnd, (x) => below(tally.byAgency, x.code, d.size, cap)),
    );
  return placed;
}

/** A case Bawaslu did not forward: any agency of the election, by weight. */
export function placeOther(u: AgencyUniverse, rnd: Random): Placement {
  const a = drawAgency(u.agencies, rnd, () => true);
  return { agencyCode: a.code, regionCode: regionFor(a, u, rnd, () => true) };
}
