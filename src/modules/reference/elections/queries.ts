import type { Queryable } from '../../../db/database';
import type { Confidence } from '../shared-schema';
import type { PhaseOverride } from './phase-calendar';

export interface ElectionDbRow {
  id: string;
  name: string;
  type: 'pemilu' | 'pilkada';
  regulation: string | null;
  note: string | null;
  voting_date: string | null;
  declared_provinces: number | null;
  declared_kabupaten: number | null;
  declared_kota: number | null;
  holding_provinces: number;
  holding_regencies: number;
  unknown_regions: number;
}

const ELECTION_SELECT = `
  SELECT e.id, e.name, e.type, e.regulation, e.note, v.starts_on AS voting_date,
         e.declared_provinces, e.declared_kabupaten, e.declared_kota,
         count(*) FILTER (WHERE er.holds_election AND r.level = 'province')::int AS holding_provinces,
         count(*) FILTER (WHERE er.holds_election AND r.level = 'regency')::int AS holding_regencies,
         count(er.region_code) FILTER (WHERE er.holds_election IS NULL)::int AS unknown_regions
    FROM elections e
    LEFT JOIN election_phases v ON v.election_id = e.id AND v.code = 'voting'
    LEFT JOIN election_regions er ON er.election_id = e.id
    LEFT JOIN regions r ON r.code = er.region_code`;

/** Every election's id, in id order. */
export async function findElectionIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM elections ORDER BY id');
  return rows.map((r) => r.id);
}

export async function findElections(db: Queryable): Promise<ElectionDbRow[]> {
  const { rows } = await db.query<ElectionDbRow>(
    `${ELECTION_SELECT} GROUP BY e.id, v.starts_on ORDER BY v.starts_on NULLS LAST, e.id`,
  );
  return rows;
}

export async function findElection(db: Queryable, id: string): Promise<ElectionDbRow | undefined> {
  const { rows } = await db.query<ElectionDbRow>(
    `${ELECTION_SELECT} WHERE e.id = $1 GROUP BY e.id, v.starts_on`,
    [id],
  );
  return rows[0];
}

export async function electionExists(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM elections WHERE id = $1', [id]);
  return rows.length > 0;
}

export interface PhaseDbRow {
  code: string;
  labelId: string;
  labelEn: string;
  startsOn: string | null;
  endsOn: string | null;
  confidence: Confidence;
  source: string;
  note: string | null;
}

export async function findPhases(db: Queryable, electionId: string): Promise<PhaseDbRow[]> {
  const { rows } = await db.query<PhaseDbRow>(
    `SELECT code, label_id AS "labelId", label_en AS "labelEn", starts_on AS "startsOn", ends_on AS "endsOn",
            confidence, source, note
       FROM election_phases WHERE election_id = $1 ORDER BY sequence`,
    [electionId],
  );
  return rows;
}

export async function findPhaseOverrides(
  db: Queryable,
  electionId: string,
  regionCodes: string[],
): Promise<(PhaseOverride & { confidence: Confidence; source: string; note: string | null })[]> {
  const { rows } = await db.query<
    PhaseOverride & { confidence: Confidence; source: string; note: string | null }
  >(
    `SELECT phase_code AS "phaseCode", region_code AS "regionCode", starts_on AS "startsOn", ends_on AS "endsOn",
            confidence, source, note
       FROM election_phase_overrides WHERE election_id = $1 AND region_code = ANY($2::text[])`,
    [electionId, regionCodes],
  );
  return rows;
}

export async function findRegionFlag(
  db: Queryable,
  electionId: string,
  regionCode: string,
): Promise<{ holds_election: boolean | null; confidence: Confidence | null } | undefined> {
  const { rows } = await db.query<{ holds_election: boolean | null; confidence: Confidence | null }>(
    'SELECT holds_election, confidence FROM election_regions WHERE election_id = $1 AND region_code = $2',
    [electionId, regionCode],
  );
  return rows[0];
}

export interface AuthorityDbRow {
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: Confidence;
  source: string;
}

export async function findDecidingAuthorities(db: Queryable): Promise<AuthorityDbRow[]> {
  const { rows } = await db.query<AuthorityDbRow>(
    `SELECT code, name, valid_from AS "validFrom", valid_to AS "validTo", confidence, source
       FROM deciding_authorities ORDER BY valid_from NULLS FIRST`,
  );
  return rows;
}
