import fs from 'node:fs';
import { parseDeadlineRules, type DeadlineRules } from './deadline-rules';

/** The shipped rules (provenance: data/reference/deadlines/PROVENANCE.md). */
export const DEADLINE_RULES_FILE = new URL(
  '../../../data/reference/deadlines/deadline-rules.json',
  import.meta.url,
);

export function loadDeadlineRulesFile(file: string | URL = DEADLINE_RULES_FILE): DeadlineRules {
  return parseDeadlineRules(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}

let shipped: DeadlineRules | undefined;
/** The shipped rules, read once per process; admin edits live in the database and are passed in instead. */
export function shippedDeadlineRules(): DeadlineRules {
  shipped ??= loadDeadlineRulesFile();
  return shipped;
}
