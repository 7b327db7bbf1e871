#!/usr/bin/env node
// Regenerates data/geo/ (the public choropleth's boundaries and each region's representative point) from the
// simplified GeoJSON in ../shared/geo. A dev tool, not run at install: the outputs are committed, and
// data/geo/PROVENANCE.md says what this does and why. Usage: node scripts/build-geo.mjs [SOURCE_DIR]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';

const root = path.resolve(import.meta.dirname, '..');
const source = path.resolve(process.argv[2] ?? path.join(root, '../shared/geo'));
const out = path.join(root, 'data/geo');

// Quantization grid: at most about half the source's simplification interval (200 m provinces, 100 m
// regencies), so rounding to the grid adds no visible error; Indonesia spans 46° of longitude, so 5e4 steps
// are ~100 m and 1e5 steps ~51 m (fewer steps = smaller delta-encoded integers = smaller file).
const LAYERS = [
  { name: 'provinces', file: 'provinces.topo.json', quantization: 5e4, expected: 38 },
  { name: 'regencies', file: 'regencies.topo.json', quantization: 1e5, expected: 514 },
];
// polylabel stops when the best cell is within this many degrees (~55 m) of the true pole of inaccessibility.
const LABEL_PRECISION = 0.0005;

function readLayer(name, expected) {
  const fc = JSON.parse(fs.readFileSync(path.join(source, `${name}.geojson`), 'utf8'));
  const codes = fc.features.map((f) => f.properties.code);
  if (codes.length !== expected || new Set(codes).size !== expected) {
    throw new Error(`${name}.geojson: expected ${expected} distinct codes, found ${codes.length}`);
  }
  return fc;
}

/** Planar shoelace area of a ring in square degrees; only used to compare parts of one feature. */
function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

function isInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function isInPolygon(point, [outer, ...holes]) {
  return isInRing(point, outer) && !holes.some((hole) => isInRing(point, hole));
}

/**
 * The pole of inaccessibility of the feature's largest part, rounded to 4 decimals: unlike a centroid it is
 * always inside the region (a centroid of a crescent-shaped or island regency can fall in the sea or in a
 * neighbour), and Open311 answers need a point that lies in the region it names.
 */
function representativePoint(feature) {
  const parts = feature.geometry.coordinates;
  const largest = parts.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const [lng, lat] = polylabel(largest, LABEL_PRECISION);
  const point = [Number(lng.toFixed(4)), Number(lat.toFixed(4))];
  if (!isInPolygon(point, largest)) {
    throw new Error(`${feature.properties.code}: the rounded representative point falls outside the region`);
  }
  return point;
}

function writeMeasured(file, text) {
  fs.writeFileSync(path.join(out, file), text);
  const gzip = zlib.gzipSync(text, { level: 9 }).length;
  process.stdout.write(`${file}: ${Buffer.byteLength(text)} B, gzip -9 ${gzip} B\n`);
}

fs.mkdirSync(out, { recursive: true });
const points = [];
for (const { name, file, quantization, expected } of LAYERS) {
  const fc = readLayer(name, expected);
  writeMeasured(file, `${JSON.stringify(topology({ [name]: fc }, quantization))}\n`);
  for (const feature of fc.features) points.push([feature.properties.code, representativePoint(feature)]);
}
points.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
// One region per line so that a boundary update shows as a readable diff.
const lines = points.map(([code, [lng, lat]]) => `  ${JSON.stringify(code)}: [${lng}, ${lat}]`);
writeMeasured('region-centroids.json', `{\n${lines.join(',\n')}\n}\n`);
