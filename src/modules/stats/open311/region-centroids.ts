// A representative point per region (data/geo/region-centroids.json: { "<Kemendagri code>": [lng, lat] }), the
// only coordinates Open311 publishes: never the place of the act, which could point at a person.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REGION_CENTROIDS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/geo/region-centroids.json',
);

const ZCentroids = z.record(
  z.string().regex(/^\d{2}(\.\d{2}){0,2}$/),
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
);

export interface LatLong {
  lat: number;
  long: number;
}

/**
 * The points by region code; empty when the file is absent (lat/long are then left out of every request). A file
 * that is present but malformed is our bug: it throws, naming the file.
 */
export function loadRegionCentroids(file: string = REGION_CENTROIDS_FILE): ReadonlyMap<string, LatLong> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  const parsed = ZCentroids.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`${path.basename(file)}: not { "<region code>": [lng, lat] }: ${parsed.error.message}`);
  return new Map(Object.entries(parsed.data).map(([code, [long, lat]]) => [code, { lat, long }]));
}
