// The daily open-data dump (issue 5 §6): every public table as CSV (and the funnel as JSON), for every election and
// all together, with stable ids (election ids, Kemendagri region codes, agency codes, category codes), written once
// a day into the blob store and listed with its SHA-256. Labels are in Bahasa Indonesia; ids never change.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { withTransaction } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { BlobStore } from '../../../platform/blobs/blob-store';
import { findElectionIds } from '../../reference';
import { getPpkLeague } from '../actions/get-ppk-league';
import { getPublicStats } from '../actions/get-public-stats';
import { getStatsTrend } from '../actions/get-stats-trend';
import { DEFAULT_SUPPRESSION_THRESHOLD, STATS_DIMENSIONS } from '../schema';
import {
  FUNNEL_CSV_COLUMNS,
  funnelCells,
  LEAGUE_CSV_COLUMNS,
  leagueCells,
  tableCsv,
  TREND_CSV_COLUMNS,
  trendCells,
} from '../stats-csv';
import { hasDump, insertOpenDataFile, type OpenDataFileRow } from './open-data-queries';
import { OPEN_DATA_LICENCE } from './open-data-schema';

interface DumpFile {
  name: string;
  mediaType: OpenDataFileRow['media_type'];
  body: string;
  rows: number | null;
  description: string;
}

/** The files of one dump, each a table over every election (`all` = every election together). */
async function dumpFiles(db: pg.Pool, now: Date): Promise<DumpFile[]> {
  const opts = { lang: 'id' as const, now, threshold: DEFAULT_SUPPRESSION_THRESHOLD };
  const scopes: (string | undefined)[] = [undefined, ...(await findElectionIds(db))];
  const name = (e: string | undefined) => e ?? 'all';
  const funnels = [];
  for (const election of scopes)
    funnels.push({ election: name(election), stats: await getPublicStats(db, { election }, opts) });
  const files: DumpFile[] = [
    {
      name: 'funnel.csv',
      mediaType: 'text/csv',
      body: tableCsv(
        ['counting_date', 'election', ...FUNNEL_CSV_COLUMNS],
        funnels.map((f) => [f.stats.countingDate, f.election, ...funnelCells(f.stats.funnel)]),
      ),
      rows: funnels.length,
      description: 'Reported → forwarded → proven → sanctioned, per election (persons; x = withheld)',
    },
    {
      name: 'funnel.json',
      mediaType: 'application/json',
      body: JSON.stringify(funnels, null, 1),
      rows: null,
      description:
        'The same funnels as the statistics API answers them (GET /api/public/stats), per election',
    },
  ];
  for (const by of STATS_DIMENSIONS) {
    const rows: (string | number | null)[][] = [];
    for (const election of scopes) {
      const s = await getPublicStats(db, { election, by }, opts);
      for (const r of s.breakdown?.rows ?? [])
        rows.push([s.countingDate, name(election), r.key, r.label, ...funnelCells(r.figures)]);
    }
    files.push({
      name: `funnel-by-${by.replace('_', '-')}.csv`,
      mediaType: 'text/csv',
      body: tableCsv(['counting_date', 'election', by, 'label', ...FUNNEL_CSV_COLUMNS], rows),
      rows: rows.length,
      description: `The funnel broken down by ${by}, per election`,
    });
  }
  const league: (string | number | null)[][] = [];
  const trend: (string | number | null)[][] = [];
  for (const election of scopes) {
    const l = await getPpkLeague(db, { election }, opts);
    // The totals first, as in the API's CSV.
    league.push([l.countingDate, name(election), 'all', 'Semua instansi', ...leagueCells(l.totals)]);
    for (const r of l.rows)
      league.push([l.countingDate, name(election), r.agencyCode, r.agencyName, ...leagueCells(r.figures)]);
    const t = await getStatsTrend(db, { election }, opts);
    for (const p of t.points) trend.push([p.asOf, name(election), ...trendCells(p)]);
  }
  files.push(
    {
      name: 'ppk-league.csv',
      mediaType: 'text/csv',
      body: tableCsv(['counting_date', 'election', 'agency', 'label', ...LEAGUE_CSV_COLUMNS], league),
      rows: league.length,
      description: 'Per agency: persons recommended as proven and the PPK’s follow-up, per election',
    },
    {
      name: 'trend.csv',
      mediaType: 'text/csv',
      body: tableCsv(['as_of', 'election', ...TREND_CSV_COLUMNS], trend),
      rows: trend.length,
      description: 'The funnel as it stood at the end of each month, per election',
    },
  );
  files.push({
    name: 'about.json',
    mediaType: 'application/json',
    body: JSON.stringify(
      {
        title: 'Netra: statistik netralitas ASN (open data)',
        countingDate: jakartaDate(now),
        licence: OPEN_DATA_LICENCE,
        credit: OPEN_DATA_LICENCE.attribution,
        unit: 'ASN yang dilaporkan (satu per terlapor dalam satu kasus)',
        withheld: "'x': kurang dari 3 orang, atau akan membuka angka seperti itu lewat penjumlahan",
        dictionary: 'docs/data-dictionary.md (kode sumber Netra)',
      },
      null,
      1,
    ),
    rows: null,
    description: 'Licence, the credit to give, the unit and what x means: read this first',
  });
  return files;
}

/** Writes today's dump (Jakarta day) unless it exists; returns how many files it wrote. */
export async function writeOpenDataDump(
  pool: pg.Pool,
  blobs: BlobStore,
  now: Date,
): Promise<{ day: string; files: number }> {
  const day = jakartaDate(now);
  if (await hasDump(pool, day)) return { day, files: 0 };
  const files = await dumpFiles(pool, now);
  const stored: OpenDataFileRow[] = [];
  for (const f of files) {
    const bytes = Buffer.from(f.body, 'utf8');
    const put = await blobs.put(Readable.from([bytes]), { maxBytes: bytes.length, accept: async () => true });
    if (put.sha256 !== crypto.createHash('sha256').update(bytes).digest('hex'))
      throw new Error('blob store hash');
    stored.push({
      day,
      name: f.name,
      media_type: f.mediaType,
      sha256: put.sha256,
      size_bytes: bytes.length,
      rows: f.rows,
      description: f.description,
      written_at: now,
    });
  }
  // All files of a day or none; a node that lost the race to write the same day finds it written.
  const written = await withTransaction(pool, async (tx) => {
    if (await hasDump(tx, day)) return 0;
    for (const row of stored) await insertOpenDataFile(tx, row);
    return stored.length;
  });
  return { day, files: written };
}
