// Another laporan or temuan about the act of an existing case (issue 4 §1: a case holds one or more intakes;
// Bawaslu merges reports of the same act). Bawaslu adds it while it holds the case; the case moves to its next
// version with an event and an audit row, the reporter sealed like any other (ADR 0005).
import type { Queryable } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { jakartaDate } from '../../../platform/calendar';
import { AppError, type FieldError } from '../../../platform/errors/app-error';
import { auditActorOf, scopeCoversRegion, type StaffActor } from '../../identity';
import type { AddIntakeInput } from '../case-api-schema';
import { bumpCaseVersion, findVisibleCase, insertEvent } from '../queries';
import { BAWASLU_OPEN } from '../transitions/transition-rule';
import { storeIntake } from './create-intake';

const INTAKE_ROLES: readonly string[] = ['bawaslu_staf', 'bawaslu_pimpinan'];

function checkDates(input: AddIntakeInput, actDate: string, today: string): FieldError[] {
  const fields: FieldError[] = [];
  const { receivedOn } = input.intake;
  if (receivedOn > today)
    fields.push({ path: 'body.intake.receivedOn', message: 'must not be in the future' });
  if (receivedOn < actDate)
    fields.push({ path: 'body.intake.receivedOn', message: `must not be before the act (${actDate})` });
  const known = input.act.knownOn;
  if (known !== undefined && (known < actDate || known > receivedOn))
    fields.push({ path: 'body.act.knownOn', message: 'must lie between the act and intake.receivedOn' });
  return fields;
}

export async function addIntake(
  tx: Queryable,
  args: { actor: StaffActor; caseId: string; input: AddIntakeInput; now: Date; reporterKey?: Buffer },
): Promise<{ version: number }> {
  const { actor, caseId, input, now } = args;
  // Out of scope answers 404 before anything else is said.
  const row = await findVisibleCase(tx, actor, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  if (!INTAKE_ROLES.includes(actor.role) || !scopeCoversRegion(actor, row.region_code))
    throw new AppError('FORBIDDEN');
  if (!(BAWASLU_OPEN as readonly string[]).includes(row.state))
    throw new AppError('INVALID_TRANSITION', {
      details: { allowed: [], reason: 'intakes are added while Bawaslu handles the case' },
    });
  const fields = checkDates(input, row.act_date, jakartaDate(now));
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
  const version = await bumpCaseVersion(tx, caseId, input.expectedVersion, now);
  if (version === null) throw new AppError('STALE_VERSION', { details: { currentVersion: row.version } });
  const { reporterRef, reporterMark: reporter } = await storeIntake(tx, caseId, {
    input,
    reporterKey: args.reporterKey,
    now,
  });
  const { kind } = input.intake;
  const action = kind === 'laporan' ? 'add_report' : 'add_finding';
  // As at intake: what was entered, and of the reporter only whether one is on file.
  await insertEvent(tx, {
    caseId,
    at: now,
    actorId: actor.id,
    actorRole: actor.role,
    action,
    fromState: row.state,
    toState: row.state,
    version,
    input: { intake: input.intake, act: input.act, ...(reporter ? { reporter } : {}) },
    flags: [],
  });
  await appendAudit(
    tx,
    auditActorOf(actor),
    {
      action: `case.${action}`,
      entityType: 'case',
      entityId: caseId,
      data: { version, kind, ...(reporterRef ? { reporterId: reporterRef } : {}) },
    },
    now,
  );
  return { version };
}
