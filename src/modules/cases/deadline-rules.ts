// Deadline rules as data (data/reference/deadlines/deadline-rules.json): validation and lookup.
import { z } from 'zod';
import { ELECTION_TYPES, type ElectionType } from './election-type';
import { DEADLINE_STAGES, ZDeadlineRule, type DeadlineRule, type DeadlineStage } from './schema';

function checkRuleSet(rules: DeadlineRule[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (rule.id !== `${rule.electionType}.${rule.stage}`) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `must be ${rule.electionType}.${rule.stage}`,
      });
    }
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate ${rule.id}` });
    seen.add(rule.id);
    // REFERENCE.md: never hard-code a ❓ fact as certain; an unverified period must stay editable by an admin.
    if (rule.confidence === 'unverified' && !rule.editable) {
      ctx.addIssue({ code: 'custom', path: [i, 'editable'], message: 'an unverified rule must be editable' });
    }
  });
  for (const type of ELECTION_TYPES) {
    for (const stage of DEADLINE_STAGES) {
      if (!seen.has(`${type}.${stage}`)) {
        ctx.addIssue({ code: 'custom', path: [], message: `missing rule ${type}.${stage}` });
      }
    }
  }
}

/** The whole rule set: one rule per election type and stage. Also validates rules an admin edited. */
export const ZDeadlineRuleFile = z.array(ZDeadlineRule).superRefine(checkRuleSet);
export type DeadlineRules = readonly DeadlineRule[];

/** Validates parsed JSON and returns the rules; throws an Error naming the bad field. */
export function parseDeadlineRules(json: unknown): DeadlineRules {
  const parsed = ZDeadlineRuleFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `Invalid deadline rules at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  );
}

/** The rule for an election type and stage. A validated set holds every pair, so a miss is a bug. */
export function findDeadlineRule(
  rules: DeadlineRules,
  type: ElectionType,
  stage: DeadlineStage,
): DeadlineRule {
  const rule = rules.find((r) => r.electionType === type && r.stage === stage);
  if (!rule)
    throw new Error(`No deadline rule ${type}.${stage}: rules must be validated with ZDeadlineRuleFile`);
  return rule;
}
