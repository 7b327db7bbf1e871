// An admin changes an unverified deadline rule (issue 4 §4): one appended edit and one audit entry, in the
// caller's transaction. Deadlines already started keep their stored due dates (legal certainty): the new period
// applies to deadlines started after the edit. The caller invalidates the rule cache after commit.
import type { Queryable } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { auditActorOf, type StaffActor } from '../../identity';
import type { DeadlineRuleView, UpdateDeadlineRuleInput } from '../deadline-rule-api-schema';
import { applyDeadlineRuleEdit, editableValuesOf, type DeadlineRuleEditResult } from '../deadline-rule-edits';
import { findDeadlineRules } from './find-deadline-rules';
import { loadEffectiveDeadlineRules } from '../effective-deadline-rules';
import { insertDeadlineRuleEdit, lockDeadlineRuleEdits } from '../queries';

function refusalError(result: Exclude<DeadlineRuleEditResult, { ok: true }>): AppError {
  switch (result.code) {
    case 'UNKNOWN_RULE':
      return new AppError('NOT_FOUND', { message: `No deadline rule ${result.ruleId}.` });
    case 'NOT_EDITABLE':
      return new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'params.id',
            message: `${result.ruleId} is a verified period (editable: false) and cannot be changed`,
          },
        ],
      });
    case 'INVALID':
      return new AppError('VALIDATION_FAILED', {
        fields: result.fields.map((f) => ({
          path: `body.${f.field}`,
          message: `${result.ruleId}: ${f.message}`,
        })),
      });
  }
}

export async function updateDeadlineRule(
  tx: Queryable,
  ctx: { actor: StaffActor; ruleId: string; input: UpdateDeadlineRuleInput; now: Date },
): Promise<DeadlineRuleView> {
  const { actor, ruleId, input, now } = ctx;
  await lockDeadlineRuleEdits(tx);
  const before = await loadEffectiveDeadlineRules(tx);
  const change = { ruleId, days: input.days, count: input.count, escalateAfterDays: input.escalateAfterDays };
  const result = applyDeadlineRuleEdit(before, change);
  if (!result.ok) throw refusalError(result);
  const from = before.find((r) => r.id === ruleId);
  const seq = await insertDeadlineRuleEdit(tx, {
    ...change,
    reason: input.reason,
    editedBy: actor.id,
    editedAt: now,
  });
  await appendAudit(
    tx,
    auditActorOf(actor),
    {
      action: 'deadline_rule.updated',
      entityType: 'deadline_rule',
      entityId: ruleId,
      data: {
        seq,
        from: from ? editableValuesOf(from) : null,
        to: editableValuesOf(result.rule),
        reason: input.reason,
      },
    },
    now,
  );
  const list = await findDeadlineRules(tx);
  const view = list.items.find((r) => r.id === ruleId);
  if (!view) throw new Error(`updateDeadlineRule: ${ruleId} vanished from the rules`);
  return view;
}
