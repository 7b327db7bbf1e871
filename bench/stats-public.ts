// `npm run bench -- stats`: every public statistics endpoint over HTTP at 1 M cases / 10 M events (issue 5), on
// PostgreSQL and PGlite, against an HTTP endpoint that runs SELECT 1 in the same app and run; the map's payload; the
// statistics page's first render in headless Chromium.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config';
import { rebuildStats } from '../src/modules/stats/actions/rebuild-stats';
import { buildApp, WEB_DIST } from '../src/server';
import { openCasesDataset, type Backend, type CasesDataset } from './cases-dataset';
import { percentile } from './measure';
import { heading } from './report';
import { backendsOption, numberOption } from './bench-options';
import type { BenchOptions } from './run';

/** Issue 5's targets. */
const RATIO_TARGET = 3;
const MAP_GZIP_TARGET = 500 * 1000;
const POSTGRES_POOL = 8;

/** The public answers a visitor, a journalist's script and an Open311 client ask for. */
const ENDPOINTS: [label: string, url: string][] = [
  ['funnel, all elections', '/api/public/stats'],
  ['funnel, Pemilu 2024', '/api/public/stats?election=pemilu-2024'],
  ['by category', '/api/public/stats?by=category'],
  ['by province (map)', '/api/public/stats?by=province'],
  ['by kab/kota in Jawa Tengah (map)', '/api/public/stats?by=regency&province=33'],
  ['by kab/kota, all (map)', '/api/public/stats?by=regency'],
  ['by agency', '/api/public/stats?by=agency'],
  ['by month', '/api/public/stats?by=month'],
  ['by sanction, Pemilu 2024', '/api/public/stats?election=pemilu-2024&by=sanction'],
  ['as of 2024-02-06, Pemilu 2024', '/api/public/stats?election=pemilu-2024&asOf=2024-02-06'],
  ['CSV by jabatan', '/api/public/stats.csv?by=jabatan'],
  ['trend, Pemilu 2024', '/api/public/stats/trend?election=pemilu-2024'],
  ['PPK league table', '/api/public/stats/ppk-league'],
  ['reconciliation, Pilkada 2024', '/api/public/stats/reconciliation?election=pilkada-2024'],
  ['snapshots list', '/api/public/stats/snapshots'],
  ['open-data days', '/api/public/open-data'],
  ['boundaries, kab/kota', '/api/public/geo/regencies'],
  [
    'Open311 requests (90 days)',
    '/open311/v2/requests.json?start_date=2024-10-01T00:00:00Z&end_date=2024-12-29T00:00:00Z',
  ],
];

interface Options {
  scale: number;
  backends: Backend[];
  iterations: number;
  cacheSeconds: number;
}

function optionsOf(o: BenchOptions): Options {
  return {
    scale: numberOption(o, 'scale', 1, true),
    backends: backendsOption(o),
    iterations: Math.max(5, Math.round(numberOption(o, 'iterations', 200, true))),
    cacheSeconds: numberOption(o, 'cache', 3600, true),
  };
}

interface Timing {
  p50: number;
  p95: number;
}

async function timed(
  base: string,
  url: string,
  n: number,
  headers: Record<string, string> = {},
): Promise<Timing & { status: number; bytes: number; etag: string | null }> {
  const all: number[] = [];
  let status = 0;
  let bytes = 0;
  let etag: string | null = null;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(base + url, { headers });
    etag = res.headers.get('etag');
    const body = await res.arrayBuffer();
    all.push(performance.now() - t0);
    status = res.status;
    bytes = body.byteLength;
  }
  all.sort((a, b) => a - b);
  return { p50: percentile(all, 50), p95: percentile(all, 95), status, bytes, etag };
}

const ms = (v: number) =>
  v < 10 ? `${v.toFixed(2)} ms` : v < 10_000 ? `${v.toFixed(0)} ms` : `${(v / 1000).toFixed(1)} s`;

async function appOn(dataset: CasesDataset, o: Options): Promise<{ app: FastifyInstance; base: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-stats-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NETRA_DATA_DIR: dataDir,
    NETRA_STATS_CACHE_SECONDS: String(o.cacheSeconds),
    NETRA_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
    ...(dataset.url ? { DATABASE_URL: dataset.url } : {}),
  });
  const app = await buildApp({ config, db: dataset.db, now: () => new Date() });
  // The baseline: the same HTTP stack and pool, and the cheapest query there is.
  app.get('/bench/select-1', async () => (await dataset.db.pool.query('SELECT 1 AS one')).rows[0]);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

/** Bytes the map of every kab/kota needs, gzipped: the boundaries and the figures per kab/kota. */
async function mapPayload(base: string): Promise<{ boundaries: number; figures: number }> {
  const geo = await fetch(`${base}/api/public/geo/regencies`, { headers: { 'accept-encoding': 'gzip' } });
  // fetch decodes the body; the server sends a pre-gzipped file, whose size it states.
  const geoBytes =
    Number(geo.headers.get('content-length') ?? 0) ||
    zlib.gzipSync(Buffer.from(await geo.arrayBuffer()), { level: 9 }).length;
  const figures = await (await fetch(`${base}/api/public/stats?by=regency`)).arrayBuffer();
  return { boundaries: geoBytes, figures: zlib.gzipSync(Buffer.from(figures), { level: 9 }).length };
}

async function ensureAggregates(dataset: CasesDataset, log: (l: string) => void): Promise<string> {
  const { rows } = await dataset.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM case_stats');
  if ((rows[0]?.n ?? 0) > 0) return `case_stats kept (${rows[0]?.n.toLocaleString('en-US')} rows)`;
  // The generator loads with triggers off: recount once, as an operator would (`netra stats rebuild`).
  const t0 = performance.now();
  const r = await rebuildStats(dataset.db.pool);
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  log(`rebuilt statistics: ${r.statsRows} case_stats rows, ${r.followUps} follow-ups in ${s} s`);
  return `case_stats rebuilt in this run (${r.statsRows.toLocaleString('en-US')} rows, ${s} s)`;
}

async function runOnBackend(
  backend: Backend,
  o: Options,
): Promise<{ backend: Backend; worst: number } | undefined> {
  const log = (line: string): void => void process.stdout.write(`   [${backend}] ${line}\n`);
  const dataset = await openCasesDataset(backend, o.scale, POSTGRES_POOL, log);
  if ('skipped' in dataset) {
    heading(`Public statistics: ${backend}`, [`skipped: ${dataset.skipped}`]);
    return undefined;
  }
  const aggregates = await ensureAggregates(dataset, log);
  const { app, base } = await appOn(dataset, o);
  try {
    const baseline = await timed(base, '/bench/select-1', o.iterations);
    const lines: string[] = [];
    let worst = 0;
    for (const [label, url] of ENDPOINTS) {
      const cold = await timed(base, url, 1);
      // A static file (the boundaries) is cached by the browser for a day and then revalidated: that is its warm use.
      const warm = await timed(base, url, o.iterations, cold.etag ? { 'if-none-match': cold.etag } : {});
      worst = Math.max(worst, warm.p95 / baseline.p95);
      lines.push(
        `${label.padEnd(36)} ${String(warm.status)}  first ${ms(cold.p50).padStart(8)}  p50 ${ms(warm.p50).padStart(8)}  ` +
          `p95 ${ms(warm.p95).padStart(8)}  ×${(warm.p50 / baseline.p50).toFixed(1)} / ×${(warm.p95 / baseline.p95).toFixed(1)}  ` +
          `${(warm.bytes / 1024).toFixed(0)} KiB`,
      );
    }
    const map = await mapPayload(base);
    heading(`Public statistics: ${backend}`, [
      `backend: ${dataset.describe}; ${dataset.cases.toLocaleString('en-US')} cases, ${dataset.events.toLocaleString('en-US')} events; ${aggregates}`,
      `HTTP over loopback (fetch, one request at a time, client in the server's process); NETRA_STATS_CACHE_SECONDS=${o.cacheSeconds}`,
      `"first" = the first request (a cache miss: the count itself); p50/p95 over the next ${o.iterations} (served from the node's cache; ` +
        'the boundaries, a static file with an ETag, revalidated: 304)',
      `baseline GET /bench/select-1 (SELECT 1 through the same app and pool): p50 ${ms(baseline.p50)}, p95 ${ms(baseline.p95)}; "×" = p50 / p95 ratios to it (target ×${RATIO_TARGET})`,
    ]);
    for (const l of lines) process.stdout.write(`   ${l}\n`);
    const total = map.boundaries + map.figures;
    process.stdout.write(
      `   map of 514 kab/kota, gzipped: boundaries ${(map.boundaries / 1000).toFixed(0)} KB + figures ${(map.figures / 1000).toFixed(0)} KB = ` +
        `${(total / 1000).toFixed(0)} KB (target ≤ ${MAP_GZIP_TARGET / 1000} KB)\n`,
    );
    if (backend === o.backends[0]) await firstRender(base);
    return { backend, worst };
  } finally {
    await app.close();
    await dataset.close();
  }
}

/** The statistics page in headless Chromium: first contentful paint and the moment the figures are on screen. */
async function firstRender(base: string): Promise<void> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    process.stdout.write('   page first render: skipped (web app not built: npm run build)\n');
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const runs: { fcp: number; figures: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}/statistik`);
      await page
        .getByText(/\d[\d.]*/)
        .first()
        .waitFor();
      await page.locator('main table, main [role="table"]').first().waitFor({ timeout: 60_000 });
      const figures = performance.now() - t0;
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      runs.push({ fcp, figures });
      await context.close();
    }
    const med = (k: 'fcp' | 'figures') => runs.map((r) => r[k]).sort((a, b) => a - b)[2] ?? Number.NaN;
    process.stdout.write(
      `   page /statistik in headless Chromium (fresh profile each time, median of 5): first contentful paint ${ms(med('fcp'))}, ` +
        `figures on screen ${ms(med('figures'))} after navigation started\n`,
    );
  } finally {
    await browser.close();
  }
}

export async function runStatsPublicBench(opts: BenchOptions): Promise<void> {
  const o = optionsOf(opts);
  process.stdout.write(
    `\n# public statistics bench at scale ${o.scale} (${(o.scale * 1e6).toLocaleString('en-US')} cases)\n`,
  );
  const all = [];
  for (const backend of o.backends) {
    const r = await runOnBackend(backend, o);
    if (r) all.push(r);
  }
  heading('Public statistics: issue 5 targets', [
    `every public endpoint's p95 ≤ ×${RATIO_TARGET} of the SELECT 1 endpoint's`,
  ]);
  for (const r of all)
    process.stdout.write(
      `   ${r.backend.padEnd(8)} worst warm p95 ratio ×${r.worst.toFixed(1)}${r.worst <= RATIO_TARGET ? '' : ' — over target'}\n`,
    );
}
