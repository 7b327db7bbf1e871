// The inbox: the cases a staff member may see, filtered, sorted and paged.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { StaffActor } from '../../identity';
import type { CaseInboxQuery } from '../case-api-schema';
import { toCaseSummary } from '../present';
import { findVisibleCases } from '../queries';

export async function findCases(db: Queryable, actor: StaffActor, query: CaseInboxQuery, now: Date) {
  const today = jakartaDate(now);
  const { rows, total, totalIsLowerBound } = await findVisibleCases(db, actor, query, today);
  return { items: rows.map((r) => toCaseSummary(r, today)), total, totalIsLowerBound };
}
