// One case for the API: subjects, intakes, the timeline, the deadline clock and the caller's abilities.
import type { Queryable } from '../../../db/database';
import { jakartaDate, shippedHolidayCalendar } from '../../../platform/calendar';
import { AppError } from '../../../platform/errors/app-error';
import type { StaffActor } from '../../identity';
import type { CaseDetail } from '../case-api-schema';
import type { DeadlineRules } from '../deadline-rules';
import { shippedDeadlineRules } from '../deadline-rules-file';
import { actionContextOf } from '../plan-transition';
import { coversCase } from '../policy';
import { toCaseDetail } from '../present';
import { findDocuments, findEvents, findIntakes, findSubjects, findVisibleCase } from '../queries';
import { snapshotOf } from '../snapshot-of-row';
import { allowedActions } from '../workflow';
import { coverageForCase } from '../case-coverage';

/**
 * One case as `actor` may see it; NOT_FOUND when outside their scope (its existence must not leak). `rules` are
 * the rules in force (effectiveDeadlineRules); the abilities depend on them through the filing window.
 */
export async function getCase(
  db: Queryable,
  actor: StaffActor,
  id: string,
  now: Date,
  rules: DeadlineRules = shippedDeadlineRules(),
): Promise<CaseDetail> {
  const row = await findVisibleCase(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [subjects, intakes, events, documents] = await Promise.all([
    findSubjects(db, id),
    findIntakes(db, id),
    findEvents(db, id),
    findDocuments(db, id, actor.role),
  ]);
  const snapshot = snapshotOf(row, intakes[0]);
  const coverage = await coverageForCase(db, actor, snapshot);
  const abilities = coversCase(actor, snapshot, coverage)
    ? allowedActions(row.state, actor.role, actionContextOf(snapshot, now, shippedHolidayCalendar(), rules))
    : [];
  return toCaseDetail(row, { subjects, intakes, events, documents, abilities }, actor.role, jakartaDate(now));
}
