// One workflow step on a stored case: lock, plan (pure), store, append the event and the audit row.
import type { Queryable } from '../../../db/database';
import { auditAppendSql } from '../../../platform/audit';
import type { HolidayCalendar } from '../../../platform/calendar';
import { shippedHolidayCalendar } from '../../../platform/calendar';
import { AppError } from '../../../platform/errors/app-error';
import { auditActorOf, type StaffActor } from '../../identity';
import { shippedLegalCatalogue } from '../../reference';
import type { CaseSnapshot } from '../case-snapshot';
import { shippedDeadlineRules } from '../deadline-rules-file';
import type { DeadlineRules } from '../deadline-rules';
import { planTransition, type TransitionRefusal } from '../plan-transition';
import {
  existingDocumentIds,
  findSubjects,
  findCaseForTransition,
  findVisibleCase,
  storeTransition,
  type CaseRow,
} from '../queries';
import { recommendSanction } from '../sanction-recommendation';
import {
  CASE_ACTION_INPUTS,
  type CaseActionId,
  type CaseActionInput,
  type CaseDeadline,
  type SanctionChoice,
} from '../schema';
import { snapshotOf } from '../snapshot-of-row';
import type { CaseState } from '../states';
import { coverageForCase } from '../case-coverage';
import { unknownCatalogueCodes } from '../catalogue-codes';
import { plannedElectionType, recordChangeOf } from './case-record-change';

export interface TransitionCaseArgs {
  actor: StaffActor;
  caseId: string;
  action: CaseActionId;
  input: unknown;
  /** The version the caller saw: another change since then answers STALE_VERSION (409). */
  expectedVersion: number;
  now: Date;
  calendar?: HolidayCalendar;
  rules?: DeadlineRules;
}

export interface TransitionOutcome {
  caseId: string;
  from: CaseState;
  to: CaseState;
  version: number;
  deadline: CaseDeadline | null;
  flags: string[];
}

/**
 * Netra's sanction proposal for a recommend_proven input (issue 4 §3): from the first violation form the
 * recommendation rests on, the first subject's ASN type and the act date. null when the input is invalid (the
 * plan refuses it anyway) or the catalogue has no proposal; BKN may then recommend freely.
 */
async function proposalFor(tx: Queryable, row: CaseRow, input: unknown): Promise<SanctionChoice | null> {
  const parsed = CASE_ACTION_INPUTS.recommend_proven.safeParse(input);
  const subject = (await findSubjects(tx, row.id))[0];
  const formCode = parsed.success ? parsed.data.violationFormCodes[0] : undefined;
  if (!parsed.success || !subject || formCode === undefined) return null;
  const proposal = recommendSanction(
    {
      violationFormCode: formCode,
      asnType: subject.asn_type,
      actDate: row.act_date,
      track: parsed.data.track,
    },
    shippedLegalCatalogue(),
  );
  return proposal.ok ? { level: proposal.level, sanctionTypeCodes: proposal.sanctionTypeCodes } : null;
}

/** The refusal as the API answers it (OUT_OF_SCOPE is handled before: it must answer 404). */
function refusalError(plan: Exclude<TransitionRefusal, { code: 'OUT_OF_SCOPE' }>): AppError {
  switch (plan.code) {
    case 'INVALID_TRANSITION':
      return new AppError('INVALID_TRANSITION', { details: { allowed: plan.allowed, reason: plan.reason } });
    case 'FORBIDDEN':
      return new AppError('FORBIDDEN', { details: { allowed: plan.allowed } });
    case 'VALIDATION_FAILED':
      return new AppError('VALIDATION_FAILED', {
        fields: plan.fields.map((f) => ({ ...f, path: `body.input.${f.path}` })),
        details: { allowed: plan.allowed },
      });
  }
}

/** An action may cite only documents uploaded to this case that the actor may read (400 naming the field). */
async function assertDocumentsOfCase(tx: Queryable, args: TransitionCaseArgs, input: unknown): Promise<void> {
  const ids = (input as { documentIds?: string[] }).documentIds ?? [];
  const known = await existingDocumentIds(tx, args.caseId, ids, args.actor.role);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        { path: 'body.input.documentIds', message: `not a document of this case: ${unknown.join(', ')}` },
      ],
    });
}

/** Reads the case (no lock: the write checks the version) and plans the step; throws the refusal. */
async function readAndPlan(tx: Queryable, args: TransitionCaseArgs) {
  const { actor, caseId, action } = args;
  const found = await findCaseForTransition(tx, actor, caseId);
  if (!found) throw new AppError('NOT_FOUND');
  const { row } = found;
  let snapshot: CaseSnapshot = {
    ...snapshotOf(row, found.firstIntake),
    electionType: await plannedElectionType(tx, row, action, args.input),
  };
  const proposal = action === 'recommend_proven' ? await proposalFor(tx, row, args.input) : null;
  if (action === 'recommend_proven') snapshot = { ...snapshot, sanctionProposal: proposal };
  const coverage = await coverageForCase(tx, actor, snapshot);
  const plan = planTransition(
    snapshot,
    action,
    { ...actor, coverage },
    args.input,
    args.now,
    args.calendar ?? shippedHolidayCalendar(),
    args.rules ?? shippedDeadlineRules(),
  );
  // Out of scope first (no existence leak), then staleness: a caller who saw an older case is told so before
  // being told what that older view would have allowed.
  if (!plan.ok && plan.code === 'OUT_OF_SCOPE') throw new AppError('NOT_FOUND');
  if (row.version !== args.expectedVersion) {
    throw new AppError('STALE_VERSION', { details: { currentVersion: row.version } });
  }
  if (!plan.ok) throw refusalError(plan);
  const unknownCodes = unknownCatalogueCodes(plan.input, shippedLegalCatalogue(), 'body.input.');
  if (unknownCodes.length > 0) throw new AppError('VALIDATION_FAILED', { fields: unknownCodes });
  await assertDocumentsOfCase(tx, args, plan.input);
  return { plan, proposal, row };
}

/** The version the case has now (for the 409 of a step that lost the race). */
async function currentVersion(db: Queryable, args: TransitionCaseArgs): Promise<number | undefined> {
  return (await findVisibleCase(db, args.actor, args.caseId))?.version;
}

/**
 * One workflow step. Optimistic: the case is read and the step planned without a lock, then the case update, the
 * event and the audit row are written in one statement on condition that the case is still at the version the
 * caller saw; of two concurrent steps on one case exactly one wins, the other answers STALE_VERSION (409). Runs on
 * the pool (the write is atomic on its own: no BEGIN/COMMIT) or inside a caller's transaction.
 */
export async function transitionCase(db: Queryable, args: TransitionCaseArgs): Promise<TransitionOutcome> {
  const { actor, caseId, action, now } = args;
  const { plan, proposal, row } = await readAndPlan(db, args);
  const record = await recordChangeOf(db, row, action, plan.input);
  const recommended = plan.action === 'recommend_proven';
  const rec = recommended ? (plan.input as CaseActionInput<'recommend_proven'>) : null;
  const { from, to, flags } = plan;
  const version = row.version + 1;
  const audit = {
    action: `case.${action}`,
    entityType: 'case',
    entityId: caseId,
    data: {
      from,
      to,
      version,
      flags,
      ...(record && record.electionId !== row.election_id
        ? { electionId: { from: row.election_id, to: record.electionId } }
        : {}),
    },
  };
  const stored = await storeTransition(
    db,
    {
      state: to,
      progress: plan.progress,
      outcome: plan.outcome,
      ppkConflicted: plan.ppkConflicted,
      deadline: plan.deadline,
      recommendation: rec && { level: rec.sanctionLevel, sanctionTypeCodes: rec.sanctionTypeCodes },
      sanctionProposal: proposal,
      markRecommended: recommended,
      record,
    },
    {
      caseId,
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action,
      fromState: from,
      input: plan.input,
      flags,
    },
    row.version,
    (firstParam, onlyIf) => auditAppendSql(auditActorOf(actor), audit, now, firstParam, onlyIf),
  );
  if (stored === null) {
    throw new AppError('STALE_VERSION', { details: { currentVersion: await currentVersion(db, args) } });
  }
  return { caseId, from, to, version: stored, deadline: plan.deadline, flags };
}
