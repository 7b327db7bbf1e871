// Rules and their edits to API views (ZDeadlineRuleView). Pure.
import type { DeadlineRuleEdit, DeadlineRuleView } from './deadline-rule-api-schema';
import type { DeadlineRules } from './deadline-rules';
import { editableValuesOf } from './deadline-rule-edits';
import { changeOf, type DeadlineRuleEditRow } from './queries';

function toEdit(row: DeadlineRuleEditRow): DeadlineRuleEdit {
  const { days, count, escalateAfterDays } = changeOf(row);
  return {
    seq: row.seq,
    days,
    count,
    escalateAfterDays,
    reason: row.reason,
    editedAt: row.edited_at.toISOString(),
    editedBy: { id: row.edited_by, name: row.edited_by_name },
  };
}

/** Every shipped rule with the values in force, the shipped values and its edits (rows newest first). */
export function toDeadlineRuleViews(
  shipped: DeadlineRules,
  effective: DeadlineRules,
  edits: readonly DeadlineRuleEditRow[],
): DeadlineRuleView[] {
  return shipped.map((original) => {
    const rule = effective.find((r) => r.id === original.id) ?? original;
    const shippedValues = editableValuesOf(original);
    const inForce = editableValuesOf(rule);
    return {
      ...rule,
      shipped: shippedValues,
      edited: JSON.stringify(inForce) !== JSON.stringify(shippedValues),
      history: edits.filter((e) => e.rule_id === original.id).map(toEdit),
    };
  });
}
