// The inbox: pages of the cases a staff member may see, the filters of the console, and the tab counts.
import type { Queryable } from '../../../db/database';
import { addCalendarDays, type IsoDate } from '../../../platform/calendar';
import type { RoleScope } from '../../identity';
import { whenRoleMayAct, type ActionableWhen } from '../actionable-cases';
import { COUNT_CAP, DUE_SOON_DAYS, type CaseCounts, type CaseInboxQuery } from '../case-api-schema';
import { CASE_COLUMNS, CASE_COUNT_FROM, CASE_FROM, type CaseRow } from './case-row';
import { binder, visibleTo, withinRegion, type Bind } from './visible-to';

const SORTS: Record<CaseInboxQuery['sort'], string> = {
  due_on: 'c.due_on ASC NULLS LAST, c.created_at ASC, c.id',
  updated_at: 'c.updated_at DESC, c.id',
  created_at: 'c.created_at DESC, c.id',
};

const OPEN = `c.progress <> 'closed'`;
const overdueSql = (today: string, bind: Bind) => `(${OPEN} AND c.due_on < ${bind(today)})`;

/** SQL for whenRoleMayAct: the cases on which the actor's role has an ability now (scope is visibleTo's). */
function actionableSql(role: RoleScope['role'], today: string, bind: Bind): string {
  const clause = (w: ActionableWhen) => {
    const parts = [`c.state = ANY(${bind(w.states)}::text[])`];
    if (w.agencyKind === null) parts.push('a.kind IS NULL');
    else if (w.agencyKind) parts.push(`a.kind = ${bind(w.agencyKind)}`);
    if (w.ppkConflicted !== undefined)
      parts.push(w.ppkConflicted ? 'c.ppk_conflicted' : 'NOT c.ppk_conflicted');
    if (w.overdue) parts.push(`c.due_on < ${bind(today)}`);
    if (w.deadlineStage) parts.push(`c.deadline_stage = ${bind(w.deadlineStage)}`);
    return `(${parts.join(' AND ')})`;
  };
  const clauses = whenRoleMayAct(role).map(clause);
  return clauses.length === 0 ? 'false' : `(${clauses.join(' OR ')})`;
}

/** `%` and `_` in user text are literal in a LIKE pattern. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function inboxFilter(actor: RoleScope, query: Partial<CaseInboxQuery>, today: IsoDate, bind: Bind): string {
  const where = [visibleTo(actor, bind)];
  if (query.state) where.push(`c.state = ${bind(query.state)}`);
  if (query.progress) where.push(`c.progress = ${bind(query.progress)}`);
  if (query.electionId) where.push(`c.election_id = ${bind(query.electionId)}`);
  if (query.regionCode) where.push(withinRegion('c.region_code', query.regionCode, bind));
  if (query.agencyCode) where.push(`c.agency_code = ${bind(query.agencyCode)}`);
  if (query.violationFormCode) where.push(`${bind(query.violationFormCode)} = ANY(c.violation_form_codes)`);
  if (query.phaseCode) where.push(`c.phase_code = ${bind(query.phaseCode)}`);
  if (query.overdue === true) where.push(overdueSql(today, bind));
  if (query.overdue === false)
    where.push(`NOT (${OPEN} AND c.due_on IS NOT NULL AND c.due_on < ${bind(today)})`);
  if (query.dueBefore) where.push(`c.due_on <= ${bind(query.dueBefore)}`);
  if (query.mine === true) where.push(actionableSql(actor.role, today, bind));
  if (query.q) {
    const q = query.q.trim();
    where.push(`(c.reference_number = ${bind(q.toUpperCase())} OR EXISTS (SELECT 1 FROM case_subjects s
      WHERE s.case_id = c.id AND s.name ILIKE ${bind(`%${likeEscaped(q)}%`)}))`);
  }
  return where.join(' AND ');
}

/**
 * Counts the rows of `from … where` up to `cap` + 1 only: an exact count of a province's or the nation's cases
 * took 250-800 ms at 1 M cases, a capped one 1-10 ms (bench/README.md). Answers min(n, cap + 1).
 */
function cappedCount(where: string, cap: number, bind: Bind): string {
  return `(SELECT count(*)::int FROM (SELECT 1 FROM ${CASE_COUNT_FROM} WHERE ${where} LIMIT ${bind(cap + 1)}) capped)`;
}

/**
 * The inbox: a page of the cases `actor` may see, filtered. `today` is the Jakarta date (for overdue). The total
 * is exact up to COUNT_CAP cases past the page's start; beyond that it is a lower bound (`totalIsLowerBound`).
 */
export async function findVisibleCases(
  db: Queryable,
  actor: RoleScope,
  query: CaseInboxQuery,
  today: IsoDate,
  countCap = COUNT_CAP,
): Promise<{ rows: CaseRow[]; total: number; totalIsLowerBound: boolean }> {
  const offset = (query.page - 1) * query.pageSize;
  const cap = offset + countCap;
  const countParams: unknown[] = [];
  const countBind = binder(countParams);
  // Task states are open states: saying so lets the open-cases index answer the count of my tasks (41 → 7 ms for
  // a province). Only the count: on the page it made the planner give up the due-date order (1.6 → 44 ms).
  const countFilter =
    inboxFilter(actor, query, today, countBind) + (query.mine === true ? ` AND ${OPEN}` : '');
  const count = await db.query<{ n: number }>(
    `SELECT ${cappedCount(countFilter, cap, countBind)} AS n`,
    countParams,
  );
  const params: unknown[] = [];
  const bind = binder(params);
  const filter = inboxFilter(actor, query, today, bind);
  const page = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${filter} ORDER BY ${SORTS[query.sort]}
     LIMIT ${bind(query.pageSize)} OFFSET ${bind(offset)}`,
    params,
  );
  const n = count.rows[0]?.n ?? 0;
  return { rows: page.rows, total: Math.min(n, cap), totalIsLowerBound: n > cap };
}

/**
 * The console's tab badges, in one scan of the actor's open cases (every badge is about open cases, and the
 * open-cases index answers it). Exact: one scan with filters measured 10-33 ms at 1 M cases, where four capped
 * scans (one per badge) took up to 110 ms for a Kantor Regional, whose scope cannot use the index key
 * (bench/README.md).
 */
export async function countVisibleCases(
  db: Queryable,
  actor: RoleScope,
  today: IsoDate,
): Promise<CaseCounts> {
  const params: unknown[] = [];
  const bind = binder(params);
  const filter = inboxFilter(actor, {}, today, bind);
  const soon = addCalendarDays(today, DUE_SOON_DAYS);
  const { rows } = await db.query<CaseCounts>(
    `SELECT count(*)::int AS open,
            count(*) FILTER (WHERE ${actionableSql(actor.role, today, bind)})::int AS mine,
            count(*) FILTER (WHERE c.due_on >= ${bind(today)} AND c.due_on <= ${bind(soon)})::int AS "dueSoon",
            count(*) FILTER (WHERE ${overdueSql(today, bind)})::int AS overdue
       FROM ${CASE_COUNT_FROM} WHERE ${filter} AND ${OPEN}`,
    params,
  );
  return rows[0] ?? { open: 0, mine: 0, dueSoon: 0, overdue: 0 };
}
