import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptsGzip } from '../../platform/http/accept-encoding';

export const GEO_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/geo');

/** The boundary layers the public map draws (TopoJSON built by scripts/build-geo.mjs; see PROVENANCE.md). */
export const GEO_LAYERS = {
  provinces: 'provinces.topo.json',
  regencies: 'regencies.topo.json',
} as const;

interface GeoPayload {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
}

function loadGeoPayload(file: string): GeoPayload {
  if (!fs.existsSync(file)) throw new Error(`Boundary file ${file} is missing (node scripts/build-geo.mjs).`);
  const raw = fs.readFileSync(file);
  const hash = crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 27);
  // Weak: the gzip and identity bodies are the same representation, so one validator serves both.
  return { raw, gzip: zlib.gzipSync(raw, { level: 9 }), etag: `W/"${hash}"` };
}

/** RFC 9110 §13.1.2: If-None-Match compares weakly and may list several tags, or `*`. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Public boundary layers for the statistics map: read and gzipped once at start (the app registers no
 * compression plugin), cached by browsers for a day. Region shapes only; the counts come from /stats.
 */
export const geoRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const [layer, file] of Object.entries(GEO_LAYERS)) {
    const payload = loadGeoPayload(path.join(GEO_DATA_DIR, file));
    app.get(
      `/geo/${layer}`,
      {
        schema: {
          tags: ['statistics'],
          summary: `TopoJSON boundaries of the ${layer} (object "${layer}"; properties code, name)`,
        },
      },
      async (request, reply) => {
        reply
          .header('cache-control', 'public, max-age=86400')
          .header('etag', payload.etag)
          .header('vary', 'accept-encoding');
        if (matchesIfNoneMatch(request.headers['if-none-match'], payload.etag)) return reply.code(304).send();
        reply.header('content-type', 'application/json; charset=utf-8');
        if (!acceptsGzip(request.headers['accept-encoding'])) return reply.send(payload.raw);
        return reply.header('content-encoding', 'gzip').send(payload.gzip);
      },
    );
  }
};
