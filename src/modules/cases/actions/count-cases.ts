// The console's tab badges: open, my tasks, due soon, overdue — over the cases the actor may see.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { StaffActor } from '../../identity';
import type { CaseCounts } from '../case-api-schema';
import { countVisibleCases } from '../queries';

export function countCases(db: Queryable, actor: StaffActor, now: Date): Promise<CaseCounts> {
  return countVisibleCases(db, actor, jakartaDate(now));
}
