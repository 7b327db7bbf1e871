// Admin edits of the deadline rules (issue 4 §4): the effective rules are the shipped file with the latest edit of
// each editable rule applied. Pure: the edits come from deadline_rule_edits (queries/deadline-rule-queries.ts).
import type { z } from 'zod';
import { ZDeadlineRuleFile, type DeadlineRules } from './deadline-rules';
import type { DeadlineRule } from './schema';

/** What an edit may change (PROVENANCE.md "Editable"): the length, its unit and the escalation offset. */
export interface DeadlineRuleChange {
  ruleId: string;
  days: number;
  count: DeadlineRule['count'];
  escalateAfterDays: number | null;
}

export const EDITABLE_FIELDS = ['days', 'count', 'escalateAfterDays'] as const;

export type DeadlineRuleEditResult =
  | { ok: true; rules: DeadlineRules; rule: DeadlineRule }
  | { ok: false; code: 'UNKNOWN_RULE' | 'NOT_EDITABLE'; ruleId: string }
  | { ok: false; code: 'INVALID'; ruleId: string; fields: { field: string; message: string }[] };

function issuesOf(error: z.ZodError, index: number): { field: string; message: string }[] {
  return error.issues.map((issue) => {
    const [at, field] = issue.path;
    const isOwnField = at === index && EDITABLE_FIELDS.some((f) => f === field);
    return { field: isOwnField ? String(field) : 'rules', message: issue.message };
  });
}

/**
 * One edit on a rule set. A rule the file marks `editable: false` (a verified period, REF §1.5 ✅) is never
 * changed; the resulting set must still pass ZDeadlineRuleFile, the same check the shipped file passes.
 */
export function applyDeadlineRuleEdit(
  rules: DeadlineRules,
  change: DeadlineRuleChange,
): DeadlineRuleEditResult {
  const index = rules.findIndex((r) => r.id === change.ruleId);
  const current = rules[index];
  if (!current) return { ok: false, code: 'UNKNOWN_RULE', ruleId: change.ruleId };
  if (!current.editable) return { ok: false, code: 'NOT_EDITABLE', ruleId: change.ruleId };
  const edited: DeadlineRule = {
    ...current,
    days: change.days,
    count: change.count,
    escalateAfterDays: change.escalateAfterDays,
  };
  const parsed = ZDeadlineRuleFile.safeParse(rules.map((r, i) => (i === index ? edited : r)));
  if (!parsed.success)
    return { ok: false, code: 'INVALID', ruleId: change.ruleId, fields: issuesOf(parsed.error, index) };
  return { ok: true, rules: parsed.data, rule: parsed.data[index] ?? edited };
}

/**
 * The shipped rules with the edits applied in order (so the latest edit of a rule wins). An edit that no longer
 * applies is skipped: a later release may drop the rule or verify it (`editable: false`), and then the shipped,
 * verified value wins over an admin's earlier estimate.
 */
export function effectiveRulesOf(
  shipped: DeadlineRules,
  edits: readonly DeadlineRuleChange[],
): DeadlineRules {
  let rules = shipped;
  for (const edit of edits) {
    const result = applyDeadlineRuleEdit(rules, edit);
    if (result.ok) rules = result.rules;
  }
  return rules;
}

/** The part of a rule an edit changes, for the audit trail's from/to. */
export function editableValuesOf(rule: DeadlineRule): Omit<DeadlineRuleChange, 'ruleId'> {
  return { days: rule.days, count: rule.count, escalateAfterDays: rule.escalateAfterDays };
}
