// The map's MapLibre style: a background and GeoJSON layers only. No tile server, no sprite and no glyphs
// (there are no text layers; names show in an HTML tooltip), so the map fetches nothing beyond the boundaries.
import type { StyleSpecification } from 'maplibre-gl';
import { NO_DATA_COLOUR, WITHHELD_STRIPE_COLOUR } from './map-colours';

export const REGION_SOURCE = 'regions';
export const OUTLINE_SOURCE = 'outline';
export const HATCH_IMAGE = 'withheld-hatch';

export const MAP_LAYERS = {
  fill: 'region-fill',
  withheld: 'region-withheld',
  border: 'region-border',
  outline: 'region-outline',
  hover: 'region-hover',
} as const;

/** Every region's fill comes precomputed in its `fill` property (map-colours.ts), so the style has no scale. */
export function regionMapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [REGION_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [OUTLINE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#ffffff' } },
      {
        id: MAP_LAYERS.fill,
        type: 'fill',
        source: REGION_SOURCE,
        paint: { 'fill-color': ['get', 'fill'], 'fill-antialias': false },
      },
      {
        id: MAP_LAYERS.withheld,
        type: 'fill',
        source: REGION_SOURCE,
        filter: ['==', ['get', 'status'], 'withheld'],
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      {
        id: MAP_LAYERS.border,
        type: 'line',
        source: REGION_SOURCE,
        paint: { 'line-color': '#868e96', 'line-width': 0.5 },
      },
      {
        id: MAP_LAYERS.outline,
        type: 'line',
        source: OUTLINE_SOURCE,
        paint: { 'line-color': '#343a40', 'line-width': 1.2 },
      },
      {
        id: MAP_LAYERS.hover,
        type: 'line',
        source: REGION_SOURCE,
        filter: ['==', ['get', 'code'], ''],
        paint: { 'line-color': '#000000', 'line-width': 2.5 },
      },
    ],
  };
}

function rgba(hex: string): [number, number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255) as [
    number,
    number,
    number,
    number,
  ];
}

/** 8 × 8 diagonal stripes for withheld regions: they must not read as a low value in any colour vision. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const stripe = rgba(WITHHELD_STRIPE_COLOUR);
  const ground = rgba(NO_DATA_COLOUR);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) data.set((x + y) % size < 2 ? stripe : ground, (y * size + x) * 4);
  }
  return { width: size, height: size, data };
}
