// The deadline rules for the admin page: every rule with its values in force, the shipped values and its edits.
import type { Queryable } from '../../../db/database';
import type { DeadlineRuleList } from '../deadline-rule-api-schema';
import { shippedDeadlineRules } from '../deadline-rules-file';
import { toDeadlineRuleViews } from '../deadline-rule-views';
import { DEADLINE_RULES_REFRESH_MS, loadEffectiveDeadlineRules } from '../effective-deadline-rules';
import { findDeadlineRuleEdits } from '../queries';

/** Reads the database, not the cache: the page shows what was stored, even a second after an edit elsewhere. */
export async function findDeadlineRules(db: Queryable): Promise<DeadlineRuleList> {
  const effective = await loadEffectiveDeadlineRules(db);
  const edits = await findDeadlineRuleEdits(db);
  return {
    items: toDeadlineRuleViews(shippedDeadlineRules(), effective, edits),
    refreshSeconds: DEADLINE_RULES_REFRESH_MS / 1000,
  };
}
