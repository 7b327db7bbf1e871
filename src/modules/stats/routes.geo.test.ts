// GET /api/public/geo/provinces and /regencies: the map's boundaries, gzipped, cacheable, one shape per region.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_DATA_DIR } from '../reference/reference-files';
import { acceptsGzip } from '../../platform/http/accept-encoding';
import { geoRoutes } from './routes.geo';

// Issue 5 benchmark: the map payload for 514 kab/kota at most 500 KB gzipped (provinces included here).
const PAYLOAD_LIMIT = 500 * 1000;

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(geoRoutes, { prefix: '/api/public' });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
});

/** Codes from the Kemendagri region list the database is seeded from. */
function referenceCodes(file: string): string[] {
  const rows = parse<{ code: string }>(
    fs.readFileSync(path.join(REFERENCE_DATA_DIR, 'regions', file), 'utf8'),
    { columns: true },
  );
  return rows.map((r) => r.code).sort();
}

interface RegionProps {
  code: string;
  name: string;
  province?: string;
}

function regionsOf(body: Buffer, layer: string): RegionProps[] {
  const topo = JSON.parse(body.toString('utf8')) as Topology;
  const object = topo.objects[layer];
  if (!object) throw new Error(`no object ${layer}`);
  const fc = feature(topo, object);
  if (fc.type !== 'FeatureCollection') throw new Error('expected a FeatureCollection');
  return fc.features.map((f) => f.properties as RegionProps);
}

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('GET /api/public/geo/*', () => {
  it.each([
    ['provinces', 'provinces.csv', 38],
    ['regencies', 'regencies.csv', 514],
  ])('serves the %s as TopoJSON with one shape per official code', async (layer, csv, count) => {
    const res = await get(`/api/public/geo/${layer}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const regions = regionsOf(res.rawPayload, layer);
    expect(regions).toHaveLength(count);
    expect(regions.map((r) => r.code).sort()).toEqual(referenceCodes(csv));
    for (const r of regions) {
      expect(r.name.length).toBeGreaterThan(0);
      if (layer === 'regencies') expect(r.province).toBe(r.code.slice(0, 2));
    }
  });

  it('gzips both layers for a client that accepts it, together under the 500 KB target', async () => {
    let total = 0;
    for (const layer of ['provinces', 'regencies']) {
      const res = await get(`/api/public/geo/${layer}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      const plain = await get(`/api/public/geo/${layer}`);
      expect(zlib.gunzipSync(res.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      total += res.rawPayload.length;
    }
    expect(total).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('answers 304 without a body when the ETag still matches, and 200 when it does not', async () => {
    const first = await get('/api/public/geo/regencies', { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/api/public/geo/regencies', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('public, max-age=86400');
    const listed = await get('/api/public/geo/regencies', { 'if-none-match': `"other", ${etag}` });
    expect(listed.statusCode).toBe(304);
    const stale = await get('/api/public/geo/regencies', { 'if-none-match': 'W/"stale"' });
    expect(stale.statusCode).toBe(200);
    const provinces = await get('/api/public/geo/provinces', { 'if-none-match': etag });
    expect(provinces.statusCode).toBe(200);
  });

  it('reads Accept-Encoding quality values', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=1, gzip;q=0')).toBe(false);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
  });
});
