// Rows to API views (ZCaseSummary, ZCaseDetail). Pure.
import type { IsoDate } from '../../platform/calendar';
import type { StaffRole } from '../identity';
import type { CaseDetail, CaseDocument, CaseSummary } from './case-api-schema';
import { documentRolesReadableBy } from './policy';
import { mayUnsealReporter } from './reporter-policy';
import type { CaseRow, DocumentRow, EventRow, IntakeRow, SubjectRow } from './queries';
import type { CaseActionId } from './schema';
import { deadlineClock } from './snapshot-of-row';

export function toCaseSummary(row: CaseRow, today: IsoDate): CaseSummary {
  return {
    id: row.id,
    referenceNumber: row.reference_number,
    electionId: row.election_id,
    regionCode: row.region_code,
    agencyCode: row.agency_code,
    state: row.state,
    progress: row.progress,
    outcome: row.outcome,
    ppkConflicted: row.ppk_conflicted,
    deadline: deadlineClock(row, today),
    actDate: row.act_date,
    version: row.version,
    isDemo: row.is_demo,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Whether a laporan has its reporter on file (sealed) or is anonymous; the reporter id only to those who may
 * unseal it (reporter-policy.ts): the others learn that a reporter exists, never who or how to ask.
 */
function intakeReporter(i: IntakeRow, viewer: StaffRole): CaseDetail['intakes'][number]['reporter'] {
  if (i.kind === 'temuan') return null;
  if (i.reporter_ref === null) return { status: 'anonymous', id: null };
  return { status: 'sealed', id: mayUnsealReporter(viewer) ? i.reporter_ref : null };
}

export function toCaseDetail(
  row: CaseRow,
  parts: {
    subjects: SubjectRow[];
    intakes: IntakeRow[];
    events: EventRow[];
    documents: DocumentRow[];
    abilities: CaseActionId[];
  },
  viewer: StaffRole,
  today: IsoDate,
): CaseDetail {
  // What Bawaslu recorded may name the reporter; roles that may not read Bawaslu's file see that it happened,
  // not what was entered (policy.ts documentRolesReadableBy).
  const readable = new Set<string>(documentRolesReadableBy(viewer));
  return {
    ...toCaseSummary(row, today),
    actKnownOn: row.act_known_on,
    actPlace: row.act_place,
    phaseCode: row.phase_code,
    campaignRelation: row.campaign_relation,
    violationFormCodes: row.violation_form_codes,
    subjects: parts.subjects.map((s) => ({
      id: s.id,
      name: s.name,
      nip: s.nip,
      agencyCode: s.agency_code,
      jabatan: s.jabatan,
      jabatanClass: s.jabatan_class,
      isRegionalHeadStaff: s.is_regional_head_staff,
      regionCode: s.region_code,
      asnType: s.asn_type,
    })),
    intakes: parts.intakes.map((i) => ({
      id: i.id,
      kind: i.kind,
      channel: i.channel,
      receivedOn: i.received_on,
      knownOn: i.known_on,
      summary: i.kind === 'temuan' || readable.has('bawaslu_staf') ? i.summary : null,
      reporter: intakeReporter(i, viewer),
    })),
    events: parts.events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actorRole: e.actor_role,
      action: e.action,
      fromState: e.from_state,
      toState: e.to_state,
      version: e.version,
      input: readable.has(e.actor_role) ? e.input : null,
      inputRedacted: !readable.has(e.actor_role),
      flags: e.flags,
    })),
    documents: parts.documents.map(toCaseDocument),
    abilities: parts.abilities,
  };
}

export function toCaseDocument(d: DocumentRow): CaseDocument {
  return {
    id: d.id,
    kind: d.kind,
    fileName: d.file_name,
    mediaType: d.media_type,
    sizeBytes: d.size_bytes,
    sha256: d.sha256,
    uploadedAt: d.uploaded_at.toISOString(),
    uploadedByRole: d.uploaded_by_role,
  };
}
