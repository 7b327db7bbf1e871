// Zod schemas of the deadline-rule API (/api/admin/deadline-rules): the rules with their edits, and one edit.
// Imported by the web app too: no server imports here.
import { z } from 'zod';
import { zText } from '../../platform/http/text-schema';
import { ZDayCount, ZDeadlineRule } from './schema';

const ZDays = ZDeadlineRule.shape.days;
const ZEscalateAfterDays = ZDeadlineRule.shape.escalateAfterDays;

export const ZDeadlineRuleParams = z.object({
  id: z.string().max(100).describe('Rule id, <electionType>.<stage>, e.g. pilkada.ppk_follow_up'),
});

export const ZUpdateDeadlineRuleInput = z.strictObject({
  days: ZDays,
  count: ZDayCount,
  escalateAfterDays: ZEscalateAfterDays,
  reason: zText({ min: 10, max: 1000 }).describe(
    'Why the period changes (the letter, regulation or decision behind it); kept in the audit trail',
  ),
});
export type UpdateDeadlineRuleInput = z.infer<typeof ZUpdateDeadlineRuleInput>;

export const ZDeadlineRuleEdit = z.object({
  seq: z.number().int().describe('Order of the edit: a higher number is newer'),
  days: ZDays,
  count: ZDayCount,
  escalateAfterDays: ZEscalateAfterDays,
  reason: z.string().describe('Why the admin changed the period'),
  editedAt: z.string().describe('When (ISO timestamp)'),
  editedBy: z
    .object({
      id: z.string().describe('Staff user id of the admin'),
      name: z.string().describe('Name of the admin'),
    })
    .describe('Who made the edit'),
});
export type DeadlineRuleEdit = z.infer<typeof ZDeadlineRuleEdit>;

export const ZDeadlineRuleView = ZDeadlineRule.extend({
  days: ZDays.describe('Length of the period in force (the latest edit, else the shipped value)'),
  shipped: z
    .object({ days: ZDays, count: ZDayCount, escalateAfterDays: ZEscalateAfterDays })
    .describe('The values in the shipped file (data/reference/deadlines/deadline-rules.json)'),
  edited: z
    .boolean()
    .describe('True when the values in force differ from the shipped ones (an admin edited them)'),
  history: z.array(ZDeadlineRuleEdit).describe('Every edit of this rule, newest first'),
});
export type DeadlineRuleView = z.infer<typeof ZDeadlineRuleView>;

export const ZDeadlineRuleList = z.object({
  items: z.array(ZDeadlineRuleView).describe('One rule per election type and stage'),
  refreshSeconds: z
    .number()
    .int()
    .describe(
      'How long another server node may keep starting deadlines with the rules it read before an edit',
    ),
});
export type DeadlineRuleList = z.infer<typeof ZDeadlineRuleList>;
