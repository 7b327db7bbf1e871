// The map's boundaries: TopoJSON from /api/public/geo/* (data/geo, made by scripts/build-geo.mjs) turned into
// the GeoJSON MapLibre draws. Shapes only; the figures come from the statistics API and are joined on `code`.
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { apiGet } from '../../api/api-client';

export type MapLevel = 'province' | 'regency';

export interface RegionProperties {
  code: string;
  name: string;
  /** Regencies only: the province code, the first two characters of `code`. */
  province?: string;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

/** What /api/public/geo/* answers: one GeometryCollection, `provinces` or `regencies`. */
export type RegionTopology = Topology<Objects<RegionProperties>>;

export interface RegionLayer {
  regions: RegionFeature[];
  /** The heavier borders: between provinces on the national kab/kota map, or round the province drilled into. */
  outline: MultiLineString;
}

/** South-west and north-east corners, [lng, lat]. */
export type LngLatBox = [[number, number], [number, number]];

/** The whole country (the boundary files span lng 94.97–141.03, lat −11.01–6.08). */
export const INDONESIA_BOX: LngLatBox = [
  [94.9, -11.1],
  [141.1, 6.2],
];

const OBJECT_NAME: Record<MapLevel, string> = { province: 'provinces', regency: 'regencies' };

const loaded = new Map<MapLevel, Promise<RegionTopology>>();

/** Fetches a level's boundaries once per page load (a failed fetch is tried again next time). */
export function loadBoundaries(level: MapLevel): Promise<RegionTopology> {
  let topology = loaded.get(level);
  if (!topology) {
    topology = apiGet<RegionTopology>(`/api/public/geo/${OBJECT_NAME[level]}`);
    topology.catch(() => loaded.delete(level));
    loaded.set(level, topology);
  }
  return topology;
}

// topojson-client's mesh filter sees geometries without their property type.
function provinceOf(g: GeometryObject): string | undefined {
  const province: unknown = g.properties && 'province' in g.properties ? g.properties.province : undefined;
  return typeof province === 'string' ? province : undefined;
}

/** The regions of a level (only the province's kab/kota when `province` is given) and their heavier borders. */
export function regionLayer(topology: RegionTopology, level: MapLevel, province?: string): RegionLayer {
  const all = topology.objects[OBJECT_NAME[level]];
  if (all?.type !== 'GeometryCollection') throw new Error(`no ${OBJECT_NAME[level]} in the boundary file`);
  const drilled = level === 'regency' && province !== undefined;
  const object: GeometryCollection<RegionProperties> = drilled
    ? { ...all, geometries: all.geometries.filter((g) => provinceOf(g) === province) }
    : all;
  const regions = object.geometries.map((g) => feature(topology, g) as RegionFeature);
  // A shared arc has two different geometries on its sides; an outer edge (coast, or the edge of the province
  // drilled into) has the same one on both.
  const outline =
    level === 'regency' && !drilled
      ? mesh(topology, object, (a, b) => a === b || provinceOf(a) !== provinceOf(b))
      : mesh(topology, object, (a, b) => a === b);
  return { regions, outline };
}

function eachPosition(geometry: Polygon | MultiPolygon, visit: (p: Position) => void): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
}

/** The box round the regions (null for none), for fitBounds. */
export function boxOf(regions: readonly RegionFeature[]): LngLatBox | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of regions) {
    eachPosition(r.geometry, ([lng = 0, lat = 0]) => {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    });
  }
  return west > east
    ? null
    : [
        [west, south],
        [east, north],
      ];
}
