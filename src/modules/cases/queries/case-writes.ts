// Writes of the cases module: a new case with its intake and subjects, events, and the state of a transition.
import type { Queryable } from '../../../db/database';
import { statement } from '../../../db/named-statements';
import type { AuditAppendSql } from '../../../platform/audit';
import type { CaseDeadline, SanctionChoice } from '../schema';
import type { CaseOutcome, CaseProgress, CaseState } from '../states';

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
  /** The day the laporan or temuan reached Bawaslu: the statistics' "date of report" (migration 0019). */
  reportedOn: string;
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
       created_at, updated_at, reported_on)
     VALUES ('NTR-' || $1 || '-' || lpad(nextval('case_number_seq')::text, 6, '0'), $2, $3, $4, $5, $6, $7, $8, $9,
       $10, $11, $12, $13, $14, $15, $15, $16)
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
      c.reportedOn,
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
    /** The laporan's reporter row (case_reporters); null for a temuan or an anonymous laporan. */
    reporterRef: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_intakes (case_id, kind, channel, received_on, known_on, summary, reporter_ref, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [i.caseId, i.kind, i.channel, i.receivedOn, i.knownOn, i.summary, i.reporterRef, i.now],
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

/**
 * All subjects of a case in ONE statement: the statistics trigger (migration 0014) then updates their keys in one
 * sorted upsert, so two intakes stored at once lock the shared keys in the same order (one INSERT per subject
 * deadlocked two concurrent intakes on PostgreSQL: src/modules/stats/stats-invariants.test.ts).
 */
export async function insertSubjects(tx: Queryable, caseId: string, subjects: NewSubject[]): Promise<void> {
  if (subjects.length === 0) return;
  const col = <K extends keyof NewSubject>(k: K) => subjects.map((s) => s[k]);
  await tx.query(
    `INSERT INTO case_subjects (case_id, position, name, nip, agency_code, jabatan, jabatan_class,
       is_regional_head_staff, region_code, asn_type)
     SELECT $1, t.ord::int, t.name, t.nip, t.agency_code, t.jabatan, t.jabatan_class, t.head, t.region_code, t.asn_type
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[])
              WITH ORDINALITY AS t(name, nip, agency_code, jabatan, jabatan_class, head, region_code, asn_type, ord)`,
    [
      caseId,
      col('name'),
      col('nip'),
      col('agencyCode'),
      col('jabatan'),
      col('jabatanClass'),
      col('isRegionalHeadStaff'),
      col('regionCode'),
      col('asnType'),
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

export interface CaseStateChange {
  state: CaseState;
  progress: CaseProgress;
  outcome: CaseOutcome | null;
  ppkConflicted: boolean;
  deadline: CaseDeadline | null;
  recommendation: SanctionChoice | null;
  sanctionProposal: SanctionChoice | null;
  markRecommended: boolean;
  /** The record fields a step changes (election, phase, violation forms); null = unchanged. */
  record: CaseRecordChange | null;
}

export interface CaseRecordChange {
  electionId: string;
  phaseCode: string | null;
  campaignRelation: string | null;
  violationFormCodes: string[];
}

/**
 * Stores a planned transition, its event and its audit row in ONE statement, on condition that the case is still
 * at `expectedVersion` (optimistic: no lock is taken before; a concurrent step that committed first makes this one
 * find no row). Returns the new version, or null when the case moved on (the caller answers STALE_VERSION). One
 * round trip and no BEGIN/COMMIT: a single statement is atomic on its own. `audit` builds the audit CTEs
 * (platform/audit auditAppendSql) with its parameters from the given number and the given condition.
 */
export async function storeTransition(
  db: Queryable,
  change: CaseStateChange,
  event: Omit<NewEvent, 'version' | 'toState'>,
  expectedVersion: number,
  audit: (firstParam: number, onlyIf: string) => AuditAppendSql,
): Promise<number | null> {
  const d = change.deadline;
  const trail = audit(27, 'EXISTS (SELECT 1 FROM changed)');
  const { rows } = await db.query<{ version: number }>(
    statement(
      db,
      `WITH changed AS (
       UPDATE cases SET state = $2, progress = $3, outcome = $4, ppk_conflicted = $5, deadline_rule_id = $6,
         deadline_stage = $7, deadline_started_on = $8, due_on = $9, escalate_on = $10,
         recommendation = coalesce($11::jsonb, recommendation),
         sanction_proposal = CASE WHEN $12::boolean THEN $14::jsonb ELSE sanction_proposal END,
         recommended_at = CASE WHEN $12::boolean THEN coalesce(recommended_at, $13) ELSE recommended_at END,
         version = version + 1, updated_at = $13,
         election_id = CASE WHEN $21::boolean THEN $22 ELSE election_id END,
         phase_code = CASE WHEN $21::boolean THEN $23 ELSE phase_code END,
         campaign_relation = CASE WHEN $21::boolean THEN $24 ELSE campaign_relation END,
         violation_form_codes = CASE WHEN $21::boolean THEN $25::text[] ELSE violation_form_codes END
       WHERE id = $1 AND version = $26 RETURNING id, version),
     event AS (
       INSERT INTO case_events (case_id, at, actor_id, actor_role, action, from_state, to_state, version, input,
         flags)
       SELECT changed.id, $13, $15, $16, $17, $18, $2, changed.version, $19, $20 FROM changed
       RETURNING version),
     ${trail.ctes}
     SELECT version FROM event`,
      [
        event.caseId,
        change.state,
        change.progress,
        change.outcome,
        change.ppkConflicted,
        d?.ruleId ?? null,
        d?.stage ?? null,
        d?.startedOn ?? null,
        d?.dueOn ?? null,
        d?.escalateOn ?? null,
        change.recommendation === null ? null : JSON.stringify(change.recommendation),
        change.markRecommended,
        event.at,
        change.sanctionProposal === null ? null : JSON.stringify(change.sanctionProposal),
        event.actorId,
        event.actorRole,
        event.action,
        event.fromState,
        JSON.stringify(event.input ?? {}),
        event.flags,
        change.record !== null,
        change.record?.electionId ?? null,
        change.record?.phaseCode ?? null,
        change.record?.campaignRelation ?? null,
        change.record?.violationFormCodes ?? null,
        expectedVersion,
        ...trail.params,
      ],
    ),
  );
  return rows[0]?.version ?? null;
}

/**
 * Moves a case to its next version without a change of state (a step that adds to the record, such as another
 * intake); null when the case is no longer at `expectedVersion` (STALE_VERSION).
 */
export async function bumpCaseVersion(
  tx: Queryable,
  caseId: string,
  expectedVersion: number,
  now: Date,
): Promise<number | null> {
  const { rows } = await tx.query<{ version: number }>(
    `UPDATE cases SET version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2 RETURNING version`,
    [caseId, expectedVersion, now],
  );
  return rows[0]?.version ?? null;
}
