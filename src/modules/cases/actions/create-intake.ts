// A new case in `received` from one intake entered by Bawaslu staff (Perbawaslu 7/2022): a temuan (Bawaslu's own
// finding) or a laporan a member of the public brought, whose reporter's identity is sealed before it is stored.
import crypto from 'node:crypto';
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import { appendAudit } from '../../../platform/audit';
import { AppError, type FieldError } from '../../../platform/errors/app-error';
import { auditActorOf, scopeCoversRegion, type StaffActor } from '../../identity';
import { shippedLegalCatalogue } from '../../reference';
import type { CreateIntakeInput } from '../case-api-schema';
import {
  electionTypeOf,
  existingCodes,
  insertCase,
  insertEvent,
  insertIntake,
  insertReporter,
  insertSubjects,
} from '../queries';
import { identityOf } from '../reporter-api-schema';
import { sealReporterIdentity } from '../reporter-identity';
import { unknownCatalogueCodes } from '../catalogue-codes';
import { CASE_STATE_INFO } from '../states';
import { phaseOfAct } from './phase-of-act';

// Bawaslu records its own findings and the laporan brought to it; the pleno-level leadership may too.
const INTAKE_ROLES = ['bawaslu_staf', 'bawaslu_pimpinan'] as const;

function checkDates(input: CreateIntakeInput, today: string): FieldError[] {
  const fields: FieldError[] = [];
  const { act, intake } = input;
  if (act.date > today) fields.push({ path: 'body.act.date', message: 'must not be in the future' });
  if (intake.receivedOn > today)
    fields.push({ path: 'body.intake.receivedOn', message: 'must not be in the future' });
  if (act.date > intake.receivedOn)
    fields.push({ path: 'body.act.date', message: 'must not be after intake.receivedOn' });
  if (act.knownOn !== undefined && (act.knownOn < act.date || act.knownOn > intake.receivedOn)) {
    fields.push({ path: 'body.act.knownOn', message: 'must lie between act.date and intake.receivedOn' });
  }
  return fields;
}

async function checkReferences(tx: Queryable, input: CreateIntakeInput): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  if ((await electionTypeOf(tx, input.electionId)) === undefined) {
    fields.push({ path: 'body.electionId', message: 'unknown election' });
  }
  const regions = await existingCodes(tx, 'regions', [
    input.regionCode,
    ...input.subjects.flatMap((s) => (s.regionCode ? [s.regionCode] : [])),
  ]);
  if (!regions.has(input.regionCode)) fields.push({ path: 'body.regionCode', message: 'unknown region' });
  const agencies = await existingCodes(tx, 'agencies', [
    ...(input.agencyCode ? [input.agencyCode] : []),
    ...input.subjects.flatMap((s) => (s.agencyCode ? [s.agencyCode] : [])),
  ]);
  if (input.agencyCode && !agencies.has(input.agencyCode)) {
    fields.push({ path: 'body.agencyCode', message: 'unknown agency' });
  }
  input.subjects.forEach((s, i) => {
    if (s.agencyCode && !agencies.has(s.agencyCode))
      fields.push({ path: `body.subjects.${i}.agencyCode`, message: 'unknown agency' });
    if (s.regionCode && !regions.has(s.regionCode))
      fields.push({ path: `body.subjects.${i}.regionCode`, message: 'unknown region' });
  });
  return fields;
}

export interface CreateIntakeArgs {
  actor: StaffActor;
  input: CreateIntakeInput;
  now: Date;
  /** Seals the reporter's identity (reporterIdentityKey); needed only for a laporan with a named reporter. */
  reporterKey?: Buffer;
}

async function checkInput(tx: Queryable, { actor, input, now }: CreateIntakeArgs): Promise<void> {
  if (!(INTAKE_ROLES as readonly string[]).includes(actor.role)) throw new AppError('FORBIDDEN');
  // A Bawaslu office records laporan and temuan in its own area only.
  if (!scopeCoversRegion(actor, input.regionCode)) {
    throw new AppError('FORBIDDEN', { fields: [{ path: 'body.regionCode', message: 'outside your area' }] });
  }
  const fields = [
    ...checkDates(input, jakartaDate(now)),
    ...(await checkReferences(tx, input)),
    ...unknownCatalogueCodes(input, shippedLegalCatalogue(), 'body.'),
  ];
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
}

/**
 * Stores the laporan's reporter, sealed, and returns its id; null for a temuan or an anonymous reporter. Only
 * the sealed value reaches SQL: the clear identity is in no row, event, audit entry or log line.
 */
async function storeReporter(
  tx: Queryable,
  caseId: string,
  args: Pick<CreateIntakeArgs, 'reporterKey' | 'now'> & {
    input: Pick<CreateIntakeInput, 'intake' | 'reporter'>;
  },
): Promise<string | null> {
  const { input, reporterKey, now } = args;
  const identity = input.intake.kind === 'laporan' && input.reporter ? identityOf(input.reporter) : null;
  if (identity === null) return null;
  if (!reporterKey) throw new Error('createIntake: a laporan with a named reporter needs reporterKey');
  const reporterId = crypto.randomUUID();
  const sealedIdentity = sealReporterIdentity(reporterKey, { caseId, reporterId }, identity);
  await insertReporter(tx, { id: reporterId, caseId, sealedIdentity, now });
  return reporterId;
}

/**
 * One intake of a case: its reporter sealed (a laporan's), the intake row; returns the reporter's id and what the
 * event may say of the reporter (only whether one is on file).
 */
export async function storeIntake(
  tx: Queryable,
  caseId: string,
  args: Pick<CreateIntakeArgs, 'reporterKey' | 'now'> & {
    input: Pick<CreateIntakeInput, 'intake' | 'reporter'> & { act: { knownOn?: string | undefined } };
  },
): Promise<{ reporterRef: string | null; reporterMark: 'sealed' | 'anonymous' | undefined }> {
  const { input, now } = args;
  const reporterRef = await storeReporter(tx, caseId, args);
  await insertIntake(tx, {
    caseId,
    kind: input.intake.kind,
    channel: input.intake.channel,
    receivedOn: input.intake.receivedOn,
    knownOn: input.act.knownOn ?? input.intake.receivedOn,
    summary: input.intake.summary,
    reporterRef,
    now,
  });
  const reporterMark = input.intake.kind === 'laporan' ? (reporterRef ? 'sealed' : 'anonymous') : undefined;
  return { reporterRef, reporterMark };
}

async function storeSubjects(tx: Queryable, caseId: string, input: CreateIntakeInput): Promise<void> {
  await insertSubjects(
    tx,
    caseId,
    input.subjects.map((s) => ({
      name: s.name,
      nip: s.nip ?? null,
      agencyCode: s.agencyCode ?? null,
      jabatan: s.jabatan,
      jabatanClass: s.jabatanClass,
      isRegionalHeadStaff: s.isRegionalHeadStaff,
      regionCode: s.regionCode ?? null,
      asnType: s.asnType,
    })),
  );
}

async function storeCase(tx: Queryable, { actor, input, now }: CreateIntakeArgs) {
  const phase = await phaseOfAct(tx, input.electionId, input.regionCode, input.act.date);
  return insertCase(tx, {
    electionId: input.electionId,
    regionCode: input.regionCode,
    agencyCode: input.agencyCode ?? input.subjects[0]?.agencyCode ?? null,
    state: 'received',
    progress: CASE_STATE_INFO.received.progress,
    actDate: input.act.date,
    actKnownOn: input.act.knownOn ?? input.intake.receivedOn,
    actPlace: input.act.place,
    phaseCode: phase.phaseCode,
    campaignRelation: phase.campaignRelation,
    violationFormCodes: input.violationFormCodes ?? [],
    reportedOn: input.intake.receivedOn,
    isDemo: actor.isDemo,
    createdBy: actor.id,
    year: jakartaDate(now).slice(0, 4),
    now,
  });
}

/** Records the intake as a new case in `received`; the filing window is checked at register_case. */
export async function createIntake(
  tx: Queryable,
  args: CreateIntakeArgs,
): Promise<{ id: string; referenceNumber: string }> {
  await checkInput(tx, args);
  const { actor, input, now } = args;
  const { id, referenceNumber } = await storeCase(tx, args);
  const { reporterRef, reporterMark: reporter } = await storeIntake(tx, id, args);
  const { kind } = input.intake;
  await storeSubjects(tx, id, input);
  const action = kind === 'laporan' ? 'create_report' : 'create_finding';
  // The event keeps what was entered about the act and the intake; of the reporter only whether one is on file.
  await insertEvent(tx, {
    caseId: id,
    at: now,
    actorId: actor.id,
    actorRole: actor.role,
    action,
    fromState: null,
    toState: 'received',
    version: 1,
    input: { intake: input.intake, act: input.act, ...(reporter ? { reporter } : {}) },
    flags: [],
  });
  const data = {
    referenceNumber,
    state: 'received',
    kind,
    ...(reporterRef ? { reporterId: reporterRef } : {}),
  };
  await appendAudit(
    tx,
    auditActorOf(actor),
    { action: `case.${action}`, entityType: 'case', entityId: id, data },
    now,
  );
  return { id, referenceNumber };
}
