import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withTransaction, type Queryable } from '../../db/database';
import { createTestUser } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { findDeadlineRule, type DeadlineRules } from './deadline-rules';
import { shippedDeadlineRules } from './deadline-rules-file';
import {
  DEADLINE_RULES_REFRESH_MS,
  effectiveDeadlineRules,
  invalidateDeadlineRules,
  loadEffectiveDeadlineRules,
} from './effective-deadline-rules';
import { insertDeadlineRuleEdit } from './queries';

let t: TestApp;
let adminId: string;
beforeAll(async () => {
  t = await createTestApp();
  adminId = (await createTestUser(t.app, 'admin')).id;
});
afterAll(async () => {
  await t?.destroy();
});

/** An edit stored by "another node": straight into the table, without this process's invalidation. */
async function editElsewhere(days: number): Promise<void> {
  await withTransaction(t.db.pool, (tx) =>
    insertDeadlineRuleEdit(tx, {
      ruleId: 'pemilu.ppk_warning',
      days,
      count: 'calendar',
      escalateAfterDays: 1,
      reason: 'Diubah di node lain',
      editedBy: adminId,
      editedAt: new Date(),
    }),
  );
}
const warningDays = (rules: DeadlineRules) => findDeadlineRule(rules, 'pemilu', 'ppk_warning').days;

describe('effectiveDeadlineRules', () => {
  it('reads the database once per refresh period, sees another node’s edit after it, and a local one at once', async () => {
    let ms = 1_000_000;
    const clock = () => ms;
    const query = vi.spyOn(t.db.pool, 'query');
    try {
      const first = await effectiveDeadlineRules(t.db.pool, { clock });
      expect(first).toEqual(shippedDeadlineRules());
      const reads = query.mock.calls.length;
      expect(reads).toBe(1);

      await editElsewhere(4);
      const afterEdit = query.mock.calls.length;
      ms += DEADLINE_RULES_REFRESH_MS - 1;
      // Within the period: the cached rules, and no query (a transition pays no round trip for them).
      expect(await effectiveDeadlineRules(t.db.pool, { clock })).toBe(first);
      expect(query.mock.calls.length).toBe(afterEdit);

      ms += 1;
      const refreshed = await effectiveDeadlineRules(t.db.pool, { clock });
      expect(warningDays(refreshed)).toBe(4);
      expect(query.mock.calls.length).toBe(afterEdit + 1);

      await editElsewhere(6);
      invalidateDeadlineRules(t.db.pool);
      expect(warningDays(await effectiveDeadlineRules(t.db.pool, { clock }))).toBe(6);
    } finally {
      query.mockRestore();
    }
  });

  it('shares one load between concurrent callers', async () => {
    invalidateDeadlineRules(t.db.pool);
    const query = vi.spyOn(t.db.pool, 'query');
    try {
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => effectiveDeadlineRules(t.db.pool)));
      expect(b).toBe(a);
      expect(c).toBe(a);
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
  });

  it('does not keep what a load read before a local edit invalidated the cache', async () => {
    invalidateDeadlineRules(t.db.pool);
    const before = warningDays(await loadEffectiveDeadlineRules(t.db.pool));
    let readDone = () => {};
    let release = () => {};
    const read = new Promise<void>((resolve) => (readDone = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The load reads, then is held until after the edit and its invalidation.
    const held = async (db: Queryable): Promise<DeadlineRules> => {
      const rules = await loadEffectiveDeadlineRules(db);
      readDone();
      await gate;
      return rules;
    };
    const stale = effectiveDeadlineRules(t.db.pool, { load: held });
    await read;
    await editElsewhere(before + 2);
    invalidateDeadlineRules(t.db.pool);
    release();
    expect(warningDays(await stale)).toBe(before);
    expect(warningDays(await effectiveDeadlineRules(t.db.pool))).toBe(before + 2);
  });
});
