// A temuan (Bawaslu's own finding, Perbawaslu 7/2022) becomes a case in `received`.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import { appendAudit } from '../../../platform/audit';
import { AppError, type FieldError } from '../../../platform/errors/app-error';
import { auditActorOf, scopeCoversRegion, type StaffActor } from '../../identity';
import { shippedLegalCatalogue } from '../../reference';
import type { CreateFindingInput } from '../case-api-schema';
import {
  electionTypeOf,
  existingCodes,
  insertCase,
  insertEvent,
  insertIntake,
  insertSubject,
} from '../queries';
import { unknownCatalogueCodes } from '../catalogue-codes';
import { CASE_STATE_INFO } from '../states';
import { phaseOfAct } from './phase-of-act';

// Bawaslu records its own findings; the pleno-level leadership may too.
const FINDING_ROLES = ['bawaslu_staf', 'bawaslu_pimpinan'] as const;

function checkDates(input: CreateFindingInput, today: string): FieldError[] {
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

async function checkReferences(tx: Queryable, input: CreateFindingInput): Promise<FieldError[]> {
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

export async function createFinding(
  tx: Queryable,
  { actor, input, now }: { actor: StaffActor; input: CreateFindingInput; now: Date },
): Promise<{ id: string; referenceNumber: string }> {
  if (!(FINDING_ROLES as readonly string[]).includes(actor.role)) throw new AppError('FORBIDDEN');
  // A Bawaslu office records findings in its own area only.
  if (!scopeCoversRegion(actor, input.regionCode)) {
    throw new AppError('FORBIDDEN', { fields: [{ path: 'body.regionCode', message: 'outside your area' }] });
  }
  const today = jakartaDate(now);
  const fields = [
    ...checkDates(input, today),
    ...(await checkReferences(tx, input)),
    ...unknownCatalogueCodes(input, shippedLegalCatalogue(), 'body.'),
  ];
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });

  const phase = await phaseOfAct(tx, input.electionId, input.regionCode, input.act.date);
  const state = 'received' as const;
  const { id, referenceNumber } = await insertCase(tx, {
    electionId: input.electionId,
    regionCode: input.regionCode,
    agencyCode: input.agencyCode ?? input.subjects[0]?.agencyCode ?? null,
    state,
    progress: CASE_STATE_INFO[state].progress,
    actDate: input.act.date,
    actKnownOn: input.act.knownOn ?? input.intake.receivedOn,
    actPlace: input.act.place,
    phaseCode: phase.phaseCode,
    campaignRelation: phase.campaignRelation,
    violationFormCodes: input.violationFormCodes ?? [],
    isDemo: actor.isDemo,
    createdBy: actor.id,
    year: today.slice(0, 4),
    now,
  });
  await insertIntake(tx, {
    caseId: id,
    kind: 'temuan',
    channel: input.intake.channel,
    receivedOn: input.intake.receivedOn,
    knownOn: input.act.knownOn ?? input.intake.receivedOn,
    summary: input.intake.summary,
    now,
  });
  for (const [i, s] of input.subjects.entries()) {
    await insertSubject(tx, id, i + 1, {
      name: s.name,
      nip: s.nip ?? null,
      agencyCode: s.agencyCode ?? null,
      jabatan: s.jabatan,
      jabatanClass: s.jabatanClass,
      isRegionalHeadStaff: s.isRegionalHeadStaff,
      regionCode: s.regionCode ?? null,
      asnType: s.asnType,
    });
  }
  await insertEvent(tx, {
    caseId: id,
    at: now,
    actorId: actor.id,
    actorRole: actor.role,
    action: 'create_finding',
    fromState: null,
    toState: state,
    version: 1,
    input: { intake: input.intake, act: input.act },
    flags: [],
  });
  // No reporter here (a temuan), but the audit data still stays minimal: the case file holds the facts.
  await appendAudit(
    tx,
    auditActorOf(actor),
    { action: 'case.create_finding', entityType: 'case', entityId: id, data: { referenceNumber, state } },
    now,
  );
  return { id, referenceNumber };
}
