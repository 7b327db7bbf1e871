import { describe, expect, it } from 'vitest';
import { applyDeadlineRuleEdit, effectiveRulesOf, type DeadlineRuleChange } from './deadline-rule-edits';
import { findDeadlineRule, type DeadlineRules } from './deadline-rules';
import { loadDeadlineRulesFile } from './deadline-rules-file';

const shipped = loadDeadlineRulesFile();
const ppk = (over: Partial<DeadlineRuleChange> = {}): DeadlineRuleChange => ({
  ruleId: 'pilkada.ppk_follow_up',
  days: 14,
  count: 'working',
  escalateAfterDays: 2,
  ...over,
});

describe('applyDeadlineRuleEdit', () => {
  it('changes the days, the count and the escalation of an unverified rule and nothing else', () => {
    const result = applyDeadlineRuleEdit(shipped, ppk());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const before = findDeadlineRule(shipped, 'pilkada', 'ppk_follow_up');
    expect(result.rule).toEqual({ ...before, days: 14, count: 'working', escalateAfterDays: 2 });
    expect(result.rules.filter((r) => r.id !== 'pilkada.ppk_follow_up')).toEqual(
      shipped.filter((r) => r.id !== 'pilkada.ppk_follow_up'),
    );
    // The shipped set is not touched: it is shared by the whole process.
    expect(findDeadlineRule(shipped, 'pilkada', 'ppk_follow_up').days).toBe(10);
  });

  it('edits satgas_verification, verified but editable because its unit is not stated', () => {
    const result = applyDeadlineRuleEdit(shipped, ppk({ ruleId: 'pemilu.satgas_verification', days: 5 }));
    expect(result).toMatchObject({ ok: true, rule: { days: 5, confidence: 'verified' } });
  });

  it.each(['pemilu.filing_window', 'pilkada.bawaslu_handling', 'pemilu.bawaslu_handling_extended'])(
    'refuses to change %s, a verified period (editable: false)',
    (ruleId) => {
      expect(applyDeadlineRuleEdit(shipped, ppk({ ruleId }))).toEqual({
        ok: false,
        code: 'NOT_EDITABLE',
        ruleId,
      });
    },
  );

  it('answers UNKNOWN_RULE for a rule the file does not hold', () => {
    expect(applyDeadlineRuleEdit(shipped, ppk({ ruleId: 'pilkada.coffee_break' }))).toEqual({
      ok: false,
      code: 'UNKNOWN_RULE',
      ruleId: 'pilkada.coffee_break',
    });
  });

  it.each([
    ['zero days', { days: 0 }, 'days'],
    ['more than a year', { days: 366 }, 'days'],
    ['a fraction of a day', { days: 2.5 }, 'days'],
    ['an unknown count', { count: 'lunar' as DeadlineRuleChange['count'] }, 'count'],
    ['a zero escalation offset', { escalateAfterDays: 0 }, 'escalateAfterDays'],
  ])('refuses a result that fails ZDeadlineRuleFile: %s', (_name, over, field) => {
    const result = applyDeadlineRuleEdit(shipped, ppk(over));
    expect(result).toMatchObject({ ok: false, code: 'INVALID', ruleId: 'pilkada.ppk_follow_up' });
    if (result.ok || result.code !== 'INVALID') return;
    expect(result.fields.map((f) => f.field)).toEqual([field]);
  });

  it('allows removing the escalation (null) of an editable rule', () => {
    expect(applyDeadlineRuleEdit(shipped, ppk({ escalateAfterDays: null }))).toMatchObject({
      ok: true,
      rule: { escalateAfterDays: null },
    });
  });
});

describe('effectiveRulesOf', () => {
  const days = (rules: DeadlineRules, id: string) => rules.find((r) => r.id === id)?.days;

  it('is the shipped set when there is no edit', () => {
    expect(effectiveRulesOf(shipped, [])).toBe(shipped);
  });

  it('applies the latest edit of each rule', () => {
    const rules = effectiveRulesOf(shipped, [
      ppk({ days: 20 }),
      ppk({ ruleId: 'pemilu.ppk_warning', days: 4 }),
      ppk({ days: 21 }),
    ]);
    expect(days(rules, 'pilkada.ppk_follow_up')).toBe(21);
    expect(days(rules, 'pemilu.ppk_warning')).toBe(4);
    expect(days(rules, 'pemilu.ppk_follow_up')).toBe(10);
  });

  it('skips a stored edit of a rule a later release verified or dropped: the shipped value wins', () => {
    const rules = effectiveRulesOf(shipped, [
      ppk({ ruleId: 'pemilu.filing_window', days: 30 }),
      ppk({ ruleId: 'pemilu.retired_stage', days: 30 }),
      ppk({ days: 12 }),
    ]);
    expect(days(rules, 'pemilu.filing_window')).toBe(7);
    expect(days(rules, 'pilkada.ppk_follow_up')).toBe(12);
  });
});
