import type { Queryable } from '../../../db/database';
import { nameSearchSql, pageWindow } from '../name-search';
import type { Agency, FindAgenciesQuery } from './schema';

interface AgencyDbRow {
  code: string;
  name: string;
  short_name: string | null;
  kind: Agency['kind'];
  category: Agency['category'];
  region_code: string | null;
  ppk_title: string;
  supervisor: Agency['supervisor'];
  confidence: Agency['confidence'];
  source: string;
  note: string | null;
}

const COLUMNS =
  'a.code, a.name, a.short_name, a.kind, a.category, a.region_code, a.ppk_title, a.supervisor, a.confidence, a.source, a.note';
const SEARCH_TEXT = `lower(a.name || ' ' || coalesce(a.short_name, ''))`;

function toAgency(row: AgencyDbRow): Agency {
  return {
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    category: row.category,
    regionCode: row.region_code,
    ppkTitle: row.ppk_title,
    supervisor: row.supervisor,
    confidence: row.confidence,
    source: row.source,
    note: row.note,
  };
}

/** A page of agencies: central before regional, then by code; best matches first when searching. */
export async function findAgencies(
  db: Queryable,
  query: FindAgenciesQuery,
): Promise<{ items: Agency[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = ['true'];
  const bind = (value: unknown) => `$${params.push(value)}`;
  if (query.kind) where.push(`a.kind = ${bind(query.kind)}`);
  if (query.province) {
    where.push(
      `EXISTS (SELECT 1 FROM regions r WHERE r.code = a.region_code AND r.province_code = ${bind(query.province)})`,
    );
  }
  let order = 'a.kind, a.code';
  if (query.q) {
    const search = nameSearchSql('a.search', SEARCH_TEXT, bind(query.q));
    where.push(search.where);
    order = `${search.score} DESC, a.code`;
  }
  const filter = where.join(' AND ');
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM agencies a WHERE ${filter}`,
    params,
  );
  const { limit, offset } = pageWindow(query.page, query.pageSize);
  const page = await db.query<AgencyDbRow>(
    `SELECT ${COLUMNS} FROM agencies a WHERE ${filter} ORDER BY ${order} LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
    params,
  );
  return { items: page.rows.map(toAgency), total: count.rows[0]?.n ?? 0 };
}

export async function findAgency(db: Queryable, code: string): Promise<Agency | undefined> {
  const { rows } = await db.query<AgencyDbRow>(`SELECT ${COLUMNS} FROM agencies a WHERE a.code = $1`, [code]);
  return rows[0] ? toAgency(rows[0]) : undefined;
}

/**
 * The regional government whose head is the PPK for ASN working in a region: its own, or — for a kecamatan
 * or one of DKI's 6 administrative units — the autonomous region's above it (REF §4.5).
 */
export async function findPpkAgencyForRegion(db: Queryable, regionCode: string): Promise<Agency | undefined> {
  const { rows } = await db.query<AgencyDbRow>(
    `SELECT ${COLUMNS} FROM regions r JOIN agencies a ON a.region_code = r.autonomous_region_code WHERE r.code = $1`,
    [regionCode],
  );
  return rows[0] ? toAgency(rows[0]) : undefined;
}

interface BknOfficeDbRow {
  code: string;
  name: string;
  city: string;
  covers_all: boolean;
  confidence: Agency['confidence'];
  source: string;
  provinces: { provinceCode: string; confidence: Agency['confidence'] }[];
}

/** BKN headquarters and the Kantor Regional with the provinces each covers. */
export async function findBknOffices(db: Queryable) {
  const { rows } = await db.query<BknOfficeDbRow>(
    `SELECT o.code, o.name, o.city, o.covers_all, o.confidence, o.source,
            coalesce(jsonb_agg(jsonb_build_object('provinceCode', p.province_code, 'confidence', p.confidence)
                     ORDER BY p.province_code) FILTER (WHERE p.province_code IS NOT NULL), '[]'::jsonb) AS provinces
       FROM bkn_offices o LEFT JOIN bkn_office_provinces p ON p.office_code = o.code
      GROUP BY o.code
      ORDER BY o.covers_all DESC, length(o.code), o.code`,
  );
  return rows.map((o) => ({
    code: o.code,
    name: o.name,
    city: o.city,
    coversAll: o.covers_all,
    confidence: o.confidence,
    source: o.source,
    provinces: o.provinces,
  }));
}

/** Codes of the BKN offices whose staff scope covers a province: pusat and the province's Kantor Regional. */
export async function findBknOfficesCovering(db: Queryable, provinceCode: string): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT o.code FROM bkn_offices o
      WHERE o.covers_all OR EXISTS (SELECT 1 FROM bkn_office_provinces p WHERE p.office_code = o.code AND p.province_code = $1)
      ORDER BY o.covers_all DESC, o.code`,
    [provinceCode],
  );
  return rows.map((r) => r.code);
}
