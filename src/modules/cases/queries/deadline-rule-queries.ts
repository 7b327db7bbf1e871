// Admin edits of the deadline rules (migrations/0009): an append-only history; the highest seq of a rule wins.
import type { Queryable } from '../../../db/database';
import type { DeadlineRuleChange } from '../deadline-rule-edits';

export interface DeadlineRuleEditRow {
  seq: number;
  rule_id: string;
  days: number;
  day_count: DeadlineRuleChange['count'];
  escalate_after_days: number | null;
  reason: string;
  edited_by: string;
  edited_by_name: string;
  edited_at: Date;
}

export function changeOf(
  row: Pick<DeadlineRuleEditRow, 'rule_id' | 'days' | 'day_count' | 'escalate_after_days'>,
) {
  return {
    ruleId: row.rule_id,
    days: row.days,
    count: row.day_count,
    escalateAfterDays: row.escalate_after_days,
  } satisfies DeadlineRuleChange;
}

/** The latest edit of each rule, oldest first: what effectiveRulesOf applies. */
export async function findLatestDeadlineRuleEdits(db: Queryable): Promise<DeadlineRuleChange[]> {
  const { rows } = await db.query<DeadlineRuleEditRow>(
    `SELECT * FROM (
       SELECT DISTINCT ON (rule_id) seq, rule_id, days, day_count, escalate_after_days
         FROM deadline_rule_edits ORDER BY rule_id, seq DESC
     ) latest ORDER BY seq`,
  );
  return rows.map(changeOf);
}

/** Every edit, newest first, with the editor's name. Edits are rare (a handful per election), so no paging. */
export async function findDeadlineRuleEdits(db: Queryable): Promise<DeadlineRuleEditRow[]> {
  const { rows } = await db.query<DeadlineRuleEditRow>(
    `SELECT e.seq, e.rule_id, e.days, e.day_count, e.escalate_after_days, e.reason, e.edited_by,
            u.name AS edited_by_name, e.edited_at
       FROM deadline_rule_edits e JOIN staff_users u ON u.id = e.edited_by
      ORDER BY e.seq DESC`,
  );
  return rows;
}

/**
 * Serialises edits (rare) so that the "from" values an edit records are the ones it replaced. SHARE ROW EXCLUSIVE
 * conflicts with itself but not with the readers of the table (ACCESS SHARE), so transitions are never blocked.
 */
export async function lockDeadlineRuleEdits(tx: Queryable): Promise<void> {
  await tx.query('LOCK TABLE deadline_rule_edits IN SHARE ROW EXCLUSIVE MODE');
}

export async function insertDeadlineRuleEdit(
  tx: Queryable,
  edit: DeadlineRuleChange & { reason: string; editedBy: string; editedAt: Date },
): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO deadline_rule_edits (rule_id, days, day_count, escalate_after_days, reason, edited_by, edited_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
    [edit.ruleId, edit.days, edit.count, edit.escalateAfterDays, edit.reason, edit.editedBy, edit.editedAt],
  );
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error('insertDeadlineRuleEdit returned no row');
  return seq;
}
