import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_DATA_DIR, GEO_LAYERS } from '../../../modules/stats/routes.geo';
import { boxOf, INDONESIA_BOX, regionLayer, type RegionTopology } from './region-boundaries';

// The committed files the server sends, read directly.
const topology = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(GEO_DATA_DIR, file), 'utf8')) as RegionTopology;
const provinces = topology(GEO_LAYERS.provinces);
const regencies = topology(GEO_LAYERS.regencies);

const inside = ([[w, s], [e, n]]: [[number, number], [number, number]], box: typeof INDONESIA_BOX) =>
  w >= box[0][0] && s >= box[0][1] && e <= box[1][0] && n <= box[1][1];

describe('region boundaries', () => {
  it('the national maps hold 38 provinces and 514 kab/kota inside the Indonesia frame', () => {
    const p = regionLayer(provinces, 'province');
    const r = regionLayer(regencies, 'regency');
    expect(p.regions).toHaveLength(38);
    expect(r.regions).toHaveLength(514);
    expect(
      inside(
        boxOf(r.regions) ?? [
          [0, 0],
          [0, 0],
        ],
        INDONESIA_BOX,
      ),
    ).toBe(true);
    expect(r.outline.coordinates.length).toBeGreaterThan(p.outline.coordinates.length);
  });

  it('drilling down to Jawa Tengah keeps its 35 kab/kota and frames them, Karimunjawa included', () => {
    const layer = regionLayer(regencies, 'regency', '33');
    expect(layer.regions).toHaveLength(35);
    expect(new Set(layer.regions.map((f) => f.properties.province))).toEqual(new Set(['33']));
    const [[west, south], [east, north]] = boxOf(layer.regions) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeGreaterThan(108);
    expect(east).toBeLessThan(112);
    expect(south).toBeGreaterThan(-8.5);
    expect(north).toBeGreaterThan(-6); // 33.20 Jepara reaches out to Karimunjawa, about 5.8° S
    expect(layer.outline.coordinates.length).toBeGreaterThan(0);
  });

  it('an unknown province draws nothing rather than the whole country', () => {
    const layer = regionLayer(regencies, 'regency', '99');
    expect(layer.regions).toEqual([]);
    expect(boxOf(layer.regions)).toBeNull();
  });
});
