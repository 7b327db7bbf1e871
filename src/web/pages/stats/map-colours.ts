// The choropleth's classes and colours. ColorBrewer YlGnBu (steps 2–6 of 7) is sequential and safe for the
// three common colour-vision deficiencies; its lightest step is kept well away from the grey of "no data", and
// withheld regions are hatched rather than given a colour of their own, so no class depends on hue alone.

/** Light to dark: more reports, a higher rate. */
export const SEQUENTIAL_COLOURS = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const NO_DATA_COLOUR = '#f1f3f5';
/** Withheld regions: this grey in diagonal stripes over NO_DATA_COLOUR (region-map-style.ts draws them). */
export const WITHHELD_STRIPE_COLOUR = '#868e96';

/** One class of the legend: every value v with min ≤ v ≤ max is drawn in `colour`. */
export interface MapClass {
  min: number;
  max: number;
  colour: string;
}

export type RegionStatus = 'value' | 'withheld' | 'noData';

/**
 * Up to SEQUENTIAL_COLOURS.length quantile classes over the values shown, so each colour covers about as many
 * regions (counts are very skewed: a few kab/kota hold most reports). Classes never split equal values, so
 * with few distinct values there are fewer classes; each class's bounds are values that occur.
 */
export function quantileClasses(values: readonly number[]): MapClass[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const wanted = SEQUENTIAL_COLOURS.length;
  const groups: number[][] = [];
  let start = 0;
  for (let k = 1; k <= wanted && start < sorted.length; k++) {
    let end = Math.max(start + 1, Math.round((k * sorted.length) / wanted));
    // Equal values stay in one class: extend to the last copy of the boundary value.
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end++;
    groups.push(sorted.slice(start, end));
    start = end;
  }
  // Spread the colours over the whole ramp when there are fewer classes than colours.
  const step = groups.length > 1 ? (wanted - 1) / (groups.length - 1) : 0;
  return groups.map((g, i) => ({
    min: g[0] ?? 0,
    max: g[g.length - 1] ?? 0,
    colour: SEQUENTIAL_COLOURS[Math.round(i * step)] ?? SEQUENTIAL_COLOURS[0],
  }));
}

/** The class a shown value falls in (the last class whose minimum it reaches). */
export function classOf(value: number, classes: readonly MapClass[]): MapClass | undefined {
  let found: MapClass | undefined;
  for (const c of classes) if (value >= c.min) found = c;
  return found;
}

/** The fill of one region: a class colour, or the background of "no data" / the hatched "withheld". */
export function regionFill(status: RegionStatus, value: number | null, classes: readonly MapClass[]): string {
  if (status !== 'value' || value === null) return NO_DATA_COLOUR;
  return classOf(value, classes)?.colour ?? NO_DATA_COLOUR;
}

/** One region's figure as the page gives it to the map. */
export interface RegionValue {
  code: string;
  /** The figure; null when it is withheld (then `withheld` is set) or not known (e.g. a rate without ASN count). */
  value: number | null;
  withheld?: boolean;
}

export function statusOf(entry: RegionValue | undefined): RegionStatus {
  if (entry && entry.value !== null && Number.isFinite(entry.value)) return 'value';
  return entry?.withheld ? 'withheld' : 'noData';
}

/**
 * The classes of the regions shown (so a drilled-down province is shaded against its own kab/kota) and each
 * region's status and fill, for the map's GeoJSON properties.
 */
export function shadeRegions(
  codes: readonly string[],
  values: readonly RegionValue[],
): { classes: MapClass[]; shades: Map<string, { status: RegionStatus; fill: string }> } {
  const byCode = new Map(values.map((v) => [v.code, v]));
  const shown = codes.map((code) => ({ code, entry: byCode.get(code) }));
  const classes = quantileClasses(
    shown.flatMap(({ entry }) => (statusOf(entry) === 'value' && entry?.value != null ? [entry.value] : [])),
  );
  const shades = new Map(
    shown.map(({ code, entry }) => {
      const status = statusOf(entry);
      return [code, { status, fill: regionFill(status, entry?.value ?? null, classes) }] as const;
    }),
  );
  return { classes, shades };
}
