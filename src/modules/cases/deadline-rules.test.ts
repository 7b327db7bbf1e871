import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadlineRule, parseDeadlineRules } from './deadline-rules';
import { DEADLINE_RULES_FILE, loadDeadlineRulesFile } from './deadline-rules-file';

interface RuleJson {
  id: string;
  stage: string;
  confidence: string;
  editable: boolean;
}
const shipped = JSON.parse(fs.readFileSync(DEADLINE_RULES_FILE, 'utf8')) as RuleJson[];
const variant = (change: (rules: RuleJson[]) => void): unknown => {
  const copy = structuredClone(shipped);
  change(copy);
  return copy;
};

describe('deadline rules', () => {
  const rules = loadDeadlineRulesFile();

  it('hold the filing window as 7 working days for Pemilu and 7 calendar days for Pilkada', () => {
    expect(findDeadlineRule(rules, 'pemilu', 'filing_window')).toMatchObject({
      count: 'working',
      days: 7,
      confidence: 'verified',
    });
    expect(findDeadlineRule(rules, 'pilkada', 'filing_window')).toMatchObject({ count: 'calendar', days: 7 });
  });

  it('keep the PPK follow-up period unverified and editable by an admin', () => {
    expect(findDeadlineRule(rules, 'pemilu', 'ppk_follow_up')).toMatchObject({
      days: 10,
      confidence: 'unverified',
      editable: true,
    });
  });

  it.each([
    [
      'an unverified rule that is not editable',
      (r: RuleJson[]) => void (r.find((x) => x.confidence === 'unverified')!.editable = false),
      /editable: an unverified rule must be editable/,
    ],
    [
      'a rule whose id does not match its type and stage',
      (r: RuleJson[]) => void (r[0]!.id = 'pemilu.other'),
      /^Invalid deadline rules at 0\.id/,
    ],
    ['a missing rule', (r: RuleJson[]) => void r.pop(), /missing rule pilkada\.unblock_review/],
    [
      'a duplicated rule',
      (r: RuleJson[]) => void r.push(structuredClone(r[0]!)),
      /duplicate pemilu\.filing_window/,
    ],
    [
      'an unknown stage',
      (r: RuleJson[]) => void (r[0]!.stage = 'coffee_break'),
      /^Invalid deadline rules at 0\.stage/,
    ],
  ])('refuse a file with %s', (_what, change, message) => {
    expect(() => parseDeadlineRules(variant(change))).toThrow(message);
  });
});
