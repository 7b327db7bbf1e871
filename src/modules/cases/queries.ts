// All SQL of the cases module. Every read of a case goes through visibleTo (below): the one place that decides
// which cases a staff member may know to exist.
import type { Queryable } from '../../db/database';
import type { IsoDate } from '../../platform/calendar';
import type { RoleScope } from '../identity';
import type { CaseInboxQuery, INTAKE_CHANNELS } from './case-api-schema';
import type { CaseDeadline, DeadlineStage, SanctionChoice } from './schema';
import type { CaseOutcome, CaseProgress, CaseState } from './states';

type Bind = (value: unknown) => string;

/** Prefix match on a Kemendagri code: the area itself or anything inside it (`33.03` covers `33.03.01`). */
function withinRegion(column: string, area: string, bind: Bind): string {
  const p = bind(area);
  return `(${column} = ${p} OR ${column} LIKE ${p} || '.%')`;
}

/**
 * SECURITY-CRITICAL. The SQL predicate (on alias `c` = cases) of the cases `actor` may see. Reads and actions
 * both filter through it, and a case outside it answers 404 (not 403): its existence must not leak. It mirrors
 * policy.ts coversCase, plus one rule coversCase cannot know: PPK staff see a case only from BKN's
 * recommendation on (recommended_at), never while Bawaslu or BKN are still handling it.
 */
export function visibleTo(actor: RoleScope, bind: Bind): string {
  const agencyOfCase = (cond: string) =>
    `EXISTS (SELECT 1 FROM agencies va WHERE va.code = c.agency_code AND ${cond})`;
  switch (actor.role) {
    case 'admin':
      return 'true';
    // The custodian unseals reporter identities; case files are not theirs to read (separation of duties).
    case 'custodian':
      return 'false';
    // Bawaslu by level: RI all, a province or kabupaten/kota its region and below. Ombudsman reads the same way.
    case 'bawaslu_staf':
    case 'bawaslu_pimpinan':
    case 'ombudsman_pengawas':
      return actor.scope.regionCode === null
        ? 'true'
        : withinRegion('c.region_code', actor.scope.regionCode, bind);
    // BKN pusat sees all; a Kantor Regional the provinces it serves, by the act's region or the agency's.
    case 'bkn_analis':
    case 'bkn_pejabat': {
      if (actor.scope.bknOffice === 'pusat') return 'true';
      const provinces = `(SELECT bp.province_code FROM bkn_office_provinces bp WHERE bp.office_code = ${bind(actor.scope.bknOffice)})`;
      return `(substr(c.region_code, 1, 2) IN ${provinces} OR ${agencyOfCase(
        `va.kind = 'regional' AND substr(va.region_code, 1, 2) IN ${provinces}`,
      )})`;
    }
    case 'ppk_staf':
      return `(c.agency_code = ${bind(actor.scope.agencyCode)} AND c.recommended_at IS NOT NULL)`;
    // Kemendagri supervises regional PPKs (optionally one province), KemenPANRB central ones (REF §0).
    case 'supervisor_kemendagri':
      return agencyOfCase(
        actor.scope.regionCode === null
          ? `va.kind = 'regional'`
          : `va.kind = 'regional' AND ${withinRegion('va.region_code', actor.scope.regionCode, bind)}`,
      );
    case 'supervisor_kemenpanrb':
      return agencyOfCase(`va.kind = 'central'`);
  }
}

export interface CaseRow {
  id: string;
  reference_number: string;
  election_id: string;
  election_type: 'pemilu' | 'pilkada';
  region_code: string;
  agency_code: string | null;
  agency_kind: 'regional' | 'central' | null;
  agency_region_code: string | null;
  state: CaseState;
  progress: CaseProgress;
  outcome: CaseOutcome | null;
  ppk_conflicted: boolean;
  deadline_rule_id: string | null;
  deadline_stage: DeadlineStage | null;
  deadline_started_on: IsoDate | null;
  due_on: IsoDate | null;
  escalate_on: IsoDate | null;
  act_date: IsoDate;
  act_known_on: IsoDate | null;
  act_place: string;
  phase_code: string | null;
  campaign_relation: string | null;
  violation_form_codes: string[];
  recommendation: SanctionChoice | null;
  sanction_proposal: SanctionChoice | null;
  version: number;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
}

const CASE_COLUMNS = `c.id, c.reference_number, c.election_id, e.type AS election_type, c.region_code, c.agency_code,
  a.kind AS agency_kind, a.region_code AS agency_region_code, c.state, c.progress, c.outcome, c.ppk_conflicted,
  c.deadline_rule_id, c.deadline_stage, c.deadline_started_on, c.due_on, c.escalate_on, c.act_date, c.act_known_on,
  c.act_place, c.phase_code, c.campaign_relation, c.violation_form_codes, c.recommendation, c.sanction_proposal,
  c.version, c.is_demo, c.created_at, c.updated_at`;
const CASE_FROM = `cases c JOIN elections e ON e.id = c.election_id LEFT JOIN agencies a ON a.code = c.agency_code`;

function binder(params: unknown[]): Bind {
  return (value) => `$${params.push(value)}`;
}

/** One case if `actor` may see it; with `forUpdate`, the row is locked until the transaction ends. */
export async function findVisibleCase(
  db: Queryable,
  actor: RoleScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  const params: unknown[] = [];
  const bind = binder(params);
  const { rows } = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = ${bind(id)} AND ${visibleTo(actor, bind)}
     ${opts.forUpdate ? 'FOR UPDATE OF c' : ''}`,
    params,
  );
  return rows[0];
}

const SORTS: Record<CaseInboxQuery['sort'], string> = {
  due_on: 'c.due_on ASC NULLS LAST, c.created_at ASC, c.id',
  updated_at: 'c.updated_at DESC, c.id',
  created_at: 'c.created_at DESC, c.id',
};

/** The inbox: a page of the cases `actor` may see, filtered. `today` is the Jakarta date (for overdue). */
export async function findVisibleCases(
  db: Queryable,
  actor: RoleScope,
  query: CaseInboxQuery,
  today: string,
): Promise<{ rows: CaseRow[]; total: number }> {
  const params: unknown[] = [];
  const bind = binder(params);
  const where = [visibleTo(actor, bind)];
  if (query.state) where.push(`c.state = ${bind(query.state)}`);
  if (query.electionId) where.push(`c.election_id = ${bind(query.electionId)}`);
  if (query.regionCode) where.push(withinRegion('c.region_code', query.regionCode, bind));
  if (query.agencyCode) where.push(`c.agency_code = ${bind(query.agencyCode)}`);
  if (query.overdue === true) where.push(`c.progress <> 'closed' AND c.due_on < ${bind(today)}`);
  if (query.overdue === false)
    where.push(`NOT (c.progress <> 'closed' AND c.due_on IS NOT NULL AND c.due_on < ${bind(today)})`);
  if (query.dueBefore) where.push(`c.due_on <= ${bind(query.dueBefore)}`);
  const filter = where.join(' AND ');
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${CASE_FROM} WHERE ${filter}`,
    params,
  );
  const limit = bind(query.pageSize);
  const offset = bind((query.page - 1) * query.pageSize);
  const page = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${filter} ORDER BY ${SORTS[query.sort]} LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return { rows: page.rows, total: count.rows[0]?.n ?? 0 };
}

export interface NewCase {
  electionId: string;
  regionCode: string;
  agencyCode: string | null;
  state: CaseState;
  progress: CaseProgress;
  actDate: string;
  actKnownOn: string | null;
  actPlace: string;
  phaseCode: string | null;
  campaignRelation: string | null;
  violationFormCodes: string[];
  isDemo: boolean;
  createdBy: string;
  year: string;
  now: Date;
}

export async function insertCase(
  tx: Queryable,
  c: NewCase,
): Promise<{ id: string; referenceNumber: string }> {
  const { rows } = await tx.query<{ id: string; reference_number: string }>(
    `INSERT INTO cases (reference_number, election_id, region_code, agency_code, state, progress, act_date,
       act_known_on, act_place, phase_code, campaign_relation, violation_form_codes, is_demo, created_by,
       created_at, updated_at)
     VALUES ('NTR-' || $1 || '-' || lpad(nextval('case_number_seq')::text, 6, '0'), $2, $3, $4, $5, $6, $7, $8, $9,
       $10, $11, $12, $13, $14, $15, $15)
     RETURNING id, reference_number`,
    [
      c.year,
      c.electionId,
      c.regionCode,
      c.agencyCode,
      c.state,
      c.progress,
      c.actDate,
      c.actKnownOn,
      c.actPlace,
      c.phaseCode,
      c.campaignRelation,
      c.violationFormCodes,
      c.isDemo,
      c.createdBy,
      c.now,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insertCase returned no row');
  return { id: row.id, referenceNumber: row.reference_number };
}

export async function insertIntake(
  tx: Queryable,
  i: {
    caseId: string;
    kind: 'laporan' | 'temuan';
    channel: string;
    receivedOn: string;
    knownOn: string | null;
    summary: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_intakes (case_id, kind, channel, received_on, known_on, summary, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [i.caseId, i.kind, i.channel, i.receivedOn, i.knownOn, i.summary, i.now],
  );
}

export interface NewSubject {
  name: string;
  nip: string | null;
  agencyCode: string | null;
  jabatan: string;
  jabatanClass: string;
  isRegionalHeadStaff: boolean;
  regionCode: string | null;
  asnType: string;
}

export async function insertSubject(
  tx: Queryable,
  caseId: string,
  position: number,
  s: NewSubject,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_subjects (case_id, position, name, nip, agency_code, jabatan, jabatan_class,
       is_regional_head_staff, region_code, asn_type)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      caseId,
      position,
      s.name,
      s.nip,
      s.agencyCode,
      s.jabatan,
      s.jabatanClass,
      s.isRegionalHeadStaff,
      s.regionCode,
      s.asnType,
    ],
  );
}

export interface NewEvent {
  caseId: string;
  at: Date;
  actorId: string | null;
  actorRole: string;
  action: string;
  fromState: CaseState | null;
  toState: CaseState;
  version: number;
  input: unknown;
  flags: string[];
}

export async function insertEvent(tx: Queryable, e: NewEvent): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO case_events (case_id, at, actor_id, actor_role, action, from_state, to_state, version, input, flags)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq`,
    [
      e.caseId,
      e.at,
      e.actorId,
      e.actorRole,
      e.action,
      e.fromState,
      e.toState,
      e.version,
      JSON.stringify(e.input ?? {}),
      e.flags,
    ],
  );
  return rows[0]?.seq ?? 0;
}

/** Stores a planned transition on the locked row; returns the new version. */
export async function updateCaseState(
  tx: Queryable,
  id: string,
  u: {
    state: CaseState;
    progress: CaseProgress;
    outcome: CaseOutcome | null;
    ppkConflicted: boolean;
    deadline: CaseDeadline | null;
    recommendation: SanctionChoice | null;
    sanctionProposal: SanctionChoice | null;
    markRecommended: boolean;
    now: Date;
  },
): Promise<number> {
  const d = u.deadline;
  const { rows } = await tx.query<{ version: number }>(
    `UPDATE cases SET state = $2, progress = $3, outcome = $4, ppk_conflicted = $5, deadline_rule_id = $6,
       deadline_stage = $7, deadline_started_on = $8, due_on = $9, escalate_on = $10,
       recommendation = coalesce($11::jsonb, recommendation),
       sanction_proposal = CASE WHEN $12::boolean THEN $14::jsonb ELSE sanction_proposal END,
       recommended_at = CASE WHEN $12::boolean THEN coalesce(recommended_at, $13) ELSE recommended_at END,
       version = version + 1, updated_at = $13
     WHERE id = $1 RETURNING version`,
    [
      id,
      u.state,
      u.progress,
      u.outcome,
      u.ppkConflicted,
      d?.ruleId ?? null,
      d?.stage ?? null,
      d?.startedOn ?? null,
      d?.dueOn ?? null,
      d?.escalateOn ?? null,
      u.recommendation === null ? null : JSON.stringify(u.recommendation),
      u.markRecommended,
      u.now,
      u.sanctionProposal === null ? null : JSON.stringify(u.sanctionProposal),
    ],
  );
  const row = rows[0];
  if (!row) throw new Error(`updateCaseState: case ${id} vanished under lock`);
  return row.version;
}

export interface IntakeRow {
  id: string;
  kind: 'laporan' | 'temuan';
  channel: (typeof INTAKE_CHANNELS)[number];
  received_on: IsoDate;
  known_on: IsoDate | null;
  summary: string;
}

export async function findIntakes(db: Queryable, caseId: string): Promise<IntakeRow[]> {
  const { rows } = await db.query<IntakeRow>(
    `SELECT id, kind, channel, received_on, known_on, summary FROM case_intakes WHERE case_id = $1
      ORDER BY received_on, created_at, id`,
    [caseId],
  );
  return rows;
}

export interface SubjectRow {
  id: string;
  name: string;
  nip: string | null;
  agency_code: string | null;
  jabatan: string;
  jabatan_class: 'jpt' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana';
  is_regional_head_staff: boolean;
  region_code: string | null;
  asn_type: 'pns' | 'pppk' | 'ppnpn';
}

export async function findSubjects(db: Queryable, caseId: string): Promise<SubjectRow[]> {
  const { rows } = await db.query<SubjectRow>(
    `SELECT id, name, nip, agency_code, jabatan, jabatan_class, is_regional_head_staff, region_code, asn_type
       FROM case_subjects WHERE case_id = $1 ORDER BY position`,
    [caseId],
  );
  return rows;
}

export interface EventRow {
  seq: number;
  at: Date;
  actor_role: string;
  action: string;
  from_state: CaseState | null;
  to_state: CaseState;
  version: number;
  input: unknown;
  flags: string[];
}

export async function findEvents(db: Queryable, caseId: string): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT seq, at, actor_role, action, from_state, to_state, version, input, flags
       FROM case_events WHERE case_id = $1 ORDER BY seq`,
    [caseId],
  );
  return rows;
}

export async function electionTypeOf(
  db: Queryable,
  electionId: string,
): Promise<'pemilu' | 'pilkada' | undefined> {
  const { rows } = await db.query<{ type: 'pemilu' | 'pilkada' }>(
    'SELECT type FROM elections WHERE id = $1',
    [electionId],
  );
  return rows[0]?.type;
}

/** Which of `codes` exist in table `regions` or `agencies` (reference data). */
export async function existingCodes(
  db: Queryable,
  table: 'regions' | 'agencies',
  codes: string[],
): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT code FROM ${table} WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Set(rows.map((r) => r.code));
}
