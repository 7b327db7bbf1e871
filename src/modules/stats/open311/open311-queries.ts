// All SQL of the Open311 endpoint: public cases as GeoReport requests. Reads only what present-request.ts may
// publish; nothing from case_subjects, the intake summary, the act's place or date, documents or reporters.
import type { Queryable } from '../../../db/database';
import type { IsoDate } from '../../../platform/calendar';
import type { RequestsFilter } from './request-filter';

export interface PublicRequestRow {
  reference_number: string;
  state: string;
  progress: string;
  /** For a closed case, the state it was closed from (who held it last). */
  closed_from: string | null;
  /** The first intake's day received: requested_datetime, and what the window filters on. */
  requested_on: IsoDate;
  updated_at: Date;
  due_on: IsoDate | null;
  form_code: string | null;
  campaign_relation: string | null;
  is_demo: boolean;
  election_name: string;
  /** The kab/kota (a kecamatan is published as its kab/kota) or province of the act, and its province. */
  area_code: string;
  area_name: string;
  province_name: string;
  agency_name: string | null;
  ppk_title: string | null;
  ppk_conflicted: boolean;
  agency_supervisor: string | null;
}

/**
 * SECURITY-CRITICAL: what is public. A case is public once Bawaslu registered it: never while only received, when
 * refused on formal grounds or invalidated (duplicate or abusive), nor when reopened without ever being registered.
 */
const IS_PUBLIC = `c.state NOT IN ('received', 'rejected_formal', 'invalidated')
  AND (c.state <> 'reopened'
       OR EXISTS (SELECT 1 FROM case_events r WHERE r.case_id = c.id AND r.action = 'register_case'))`;

const AREA = `CASE WHEN length(c.region_code) > 5 THEN substr(c.region_code, 1, 5) ELSE c.region_code END`;

const COLUMNS = `c.reference_number, c.state, c.progress,
  CASE WHEN c.progress = 'closed' THEN
    (SELECT e.from_state FROM case_events e
      WHERE e.case_id = c.id AND e.to_state = c.state AND e.from_state IS DISTINCT FROM e.to_state
      ORDER BY e.version DESC LIMIT 1) END AS closed_from,
  i.received_on AS requested_on, c.updated_at, c.due_on, c.violation_form_codes[1] AS form_code,
  c.campaign_relation, c.is_demo, el.name AS election_name, ar.code AS area_code, ar.name AS area_name,
  pr.name AS province_name, a.name AS agency_name, a.ppk_title, c.ppk_conflicted, a.supervisor AS agency_supervisor`;

const JOINS = `JOIN elections el ON el.id = c.election_id
  JOIN regions ar ON ar.code = ${AREA}
  JOIN regions pr ON pr.code = substr(c.region_code, 1, 2)
  LEFT JOIN agencies a ON a.code = c.agency_code`;

/** Public requests by reference number (GeoReport: service_request_id overrides every other filter). */
async function findByIds(db: Queryable, ids: string[]): Promise<PublicRequestRow[]> {
  const { rows } = await db.query<PublicRequestRow>(
    `SELECT ${COLUMNS}
       FROM cases c
      CROSS JOIN LATERAL (SELECT f.received_on FROM case_intakes f WHERE f.case_id = c.id
                           ORDER BY f.received_on, f.created_at, f.id LIMIT 1) i
      ${JOINS}
      WHERE c.reference_number = ANY($1::text[]) AND ${IS_PUBLIC}
      ORDER BY i.received_on DESC, c.id DESC`,
    [ids],
  );
  return rows;
}

/**
 * Public requests first received within the window, newest first. Driven by case_intakes_received_idx (0017):
 * the window's intakes in index order, each kept only if it is its case's first, so the LIMIT stops the scan.
 * "Its case's first" is a per-row count through case_intakes_case_idx, not NOT EXISTS: for a filter matching few
 * cases the planner turned NOT EXISTS into a hash anti-join over every intake (560 ms at 1 M cases, against 75 ms;
 * docs/open311.md).
 */
async function findInWindow(
  db: Queryable,
  f: Extract<RequestsFilter, { kind: 'window' }>,
): Promise<PublicRequestRow[]> {
  const params: unknown[] = [f.fromDay, f.toDay, f.limit, f.offset];
  const bind = (v: unknown) => `$${params.push(v)}`;
  const where = [IS_PUBLIC];
  if (f.status) where.push(f.status === 'closed' ? `c.progress = 'closed'` : `c.progress <> 'closed'`);
  if (f.forms) {
    const form = 'c.violation_form_codes[1]';
    where.push(`(${form} = ANY(${bind(f.forms.formCodes)}::text[])
      OR (${bind(f.forms.includeUnmapped)}::boolean
          AND (${form} IS NULL OR ${form} <> ALL(${bind(f.forms.allMappedFormCodes)}::text[]))))`);
  }
  // Two steps: the page of case ids first, then the published columns for those rows only (the planner cannot
  // misjudge the joins of a materialized page of at most 1000 rows).
  const { rows } = await db.query<PublicRequestRow>(
    `WITH page AS MATERIALIZED (
       SELECT i.case_id, i.received_on
         FROM case_intakes i
         CROSS JOIN LATERAL (SELECT count(*) AS n FROM case_intakes j WHERE j.case_id = i.case_id
                               AND j.received_on <= i.received_on
                               AND (j.received_on, j.created_at, j.id) < (i.received_on, i.created_at, i.id)) earlier
         JOIN cases c ON c.id = i.case_id
        WHERE i.received_on BETWEEN $1::date AND $2::date AND earlier.n = 0 AND ${where.join(' AND ')}
        ORDER BY i.received_on DESC, i.case_id DESC
        LIMIT $3 OFFSET $4)
     SELECT ${COLUMNS}
       FROM page i
       JOIN cases c ON c.id = i.case_id
       ${JOINS}
      ORDER BY i.received_on DESC, i.case_id DESC`,
    params,
  );
  return rows;
}

export function findPublicRequests(db: Queryable, f: RequestsFilter): Promise<PublicRequestRow[]> {
  return f.kind === 'ids' ? findByIds(db, f.ids) : findInWindow(db, f);
}
