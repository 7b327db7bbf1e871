import type { Queryable } from '../../../db/database';
import { nameSearchSql, pageWindow } from '../name-search';
import type { FindRegionsQuery, Region } from './schema';

interface RegionDbRow {
  code: string;
  name: string;
  level: Region['level'];
  kind: Region['kind'];
  is_autonomous: boolean;
  province_code: string;
  parent_code: string | null;
  autonomous_region_code: string;
}

const COLUMNS =
  'r.code, r.name, r.level, r.kind, r.is_autonomous, r.province_code, r.parent_code, r.autonomous_region_code';

export function toRegion(row: RegionDbRow): Region {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    kind: row.kind,
    isAutonomous: row.is_autonomous,
    provinceCode: row.province_code,
  };
}

/** A page of regions: provinces and kab/kota unless a level is given; best matches first when searching. */
export async function findRegions(
  db: Queryable,
  query: FindRegionsQuery,
): Promise<{ items: Region[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  if (query.level) where.push(`r.level = ${bind(query.level)}`);
  else where.push(`r.level IN ('province', 'regency')`);
  if (query.province) where.push(`r.province_code = ${bind(query.province)}`);
  if (query.election) {
    where.push(`EXISTS (SELECT 1 FROM election_regions er WHERE er.region_code = r.code
      AND er.election_id = ${bind(query.election)} AND er.holds_election)`);
  }
  let order = 'r.code';
  if (query.q) {
    const search = nameSearchSql('r.search', 'lower(r.name)', bind(query.q));
    where.push(search.where);
    order = `${search.score} DESC, r.code`;
  }
  const filter = where.join(' AND ');
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM regions r WHERE ${filter}`,
    params,
  );
  const { limit, offset } = pageWindow(query.page, query.pageSize);
  const page = await db.query<RegionDbRow>(
    `SELECT ${COLUMNS} FROM regions r WHERE ${filter} ORDER BY ${order} LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
    params,
  );
  return { items: page.rows.map(toRegion), total: count.rows[0]?.n ?? 0 };
}

export async function findRegionRow(db: Queryable, code: string): Promise<RegionDbRow | undefined> {
  const { rows } = await db.query<RegionDbRow>(`SELECT ${COLUMNS} FROM regions r WHERE r.code = $1`, [code]);
  return rows[0];
}

export async function findChildRegions(db: Queryable, code: string): Promise<Region[]> {
  const { rows } = await db.query<RegionDbRow>(
    `SELECT ${COLUMNS} FROM regions r WHERE r.parent_code = $1 ORDER BY r.code`,
    [code],
  );
  return rows.map(toRegion);
}

export interface ParticipationDbRow {
  election_id: string;
  holds_election: boolean | null;
  confidence: 'verified' | 'secondary' | 'unverified' | null;
}

/** Every election's flag for a province or kab/kota, in election order. */
export async function findParticipation(db: Queryable, regionCode: string): Promise<ParticipationDbRow[]> {
  const { rows } = await db.query<ParticipationDbRow>(
    `SELECT e.id AS election_id, er.holds_election, er.confidence
       FROM elections e
       LEFT JOIN election_regions er ON er.election_id = e.id AND er.region_code = $1
       LEFT JOIN election_phases v ON v.election_id = e.id AND v.code = 'voting'
      ORDER BY v.starts_on NULLS LAST, e.id`,
    [regionCode],
  );
  return rows;
}

export async function regionExists(db: Queryable, code: string, level: Region['level']): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM regions WHERE code = $1 AND level = $2', [code, level]);
  return rows.length > 0;
}
