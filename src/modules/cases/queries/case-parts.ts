// The parts of a case shown on its page: intakes, subjects and the timeline of events.
import type { Queryable } from '../../../db/database';
import type { IsoDate } from '../../../platform/calendar';
import type { INTAKE_CHANNELS } from '../case-api-schema';
import type { CaseState } from '../states';

export interface IntakeRow {
  id: string;
  kind: 'laporan' | 'temuan';
  channel: (typeof INTAKE_CHANNELS)[number];
  received_on: IsoDate;
  known_on: IsoDate | null;
  summary: string;
  /** The laporan's reporter (case_reporters, sealed); null for a temuan or an anonymous laporan. */
  reporter_ref: string | null;
}

export async function findIntakes(db: Queryable, caseId: string): Promise<IntakeRow[]> {
  const { rows } = await db.query<IntakeRow>(
    `SELECT id, kind, channel, received_on, known_on, summary, reporter_ref FROM case_intakes WHERE case_id = $1
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
