// The deadline rules in force: the shipped file plus the admin edits (deadline-rule-edits.ts), cached per process.
//
// Why a cache: a transition must not pay a query for the rules (bench/cases-transitions.ts counts its round trips),
// and the rules change a few times per election. Why at most 60 s: with several nodes (ARCHITECTURE.md §2) an edit
// is invalidated at once only on the node that made it; every other node keeps its copy until its 60 s are up, so
// for up to a minute after an edit another node may still start a deadline with the old period. The stored due
// date of that case then keeps the old period, as it would for a case started a minute before the edit.
import type pg from 'pg';
import { effectiveRulesOf } from './deadline-rule-edits';
import type { DeadlineRules } from './deadline-rules';
import { shippedDeadlineRules } from './deadline-rules-file';
import { findLatestDeadlineRuleEdits } from './queries';
import type { Queryable } from '../../db/database';

export const DEADLINE_RULES_REFRESH_MS = 60_000;

interface Slot {
  rules?: DeadlineRules;
  loadedAt: number;
  loading?: Promise<DeadlineRules>;
  /** Bumped by an edit: a load that started before it must not store what it read. */
  generation: number;
}

// Keyed by the pool, so that each database (a test's private copy, say) has its own cache.
const slots = new WeakMap<pg.Pool, Slot>();

function slotOf(pool: pg.Pool): Slot {
  let slot = slots.get(pool);
  if (!slot) {
    slot = { loadedAt: 0, generation: 0 };
    slots.set(pool, slot);
  }
  return slot;
}

/** Reads the rules in force on `db` (the pool or a transaction), bypassing the cache. */
export async function loadEffectiveDeadlineRules(db: Queryable): Promise<DeadlineRules> {
  return effectiveRulesOf(shippedDeadlineRules(), await findLatestDeadlineRuleEdits(db));
}

export interface RuleCacheOptions {
  /** A monotonic millisecond clock (not the app's clock, which tests freeze). */
  clock?: () => number;
  /** How the rules are read on a miss (tests hold a load back with it). */
  load?: (db: Queryable) => Promise<DeadlineRules>;
}

/**
 * The rules in force, from the cache when it is younger than DEADLINE_RULES_REFRESH_MS. Concurrent callers share
 * one load; a load that an edit overtook answers its caller but is not kept.
 */
export function effectiveDeadlineRules(pool: pg.Pool, opts: RuleCacheOptions = {}): Promise<DeadlineRules> {
  const { clock = () => performance.now(), load = loadEffectiveDeadlineRules } = opts;
  const slot = slotOf(pool);
  if (slot.rules && clock() - slot.loadedAt < DEADLINE_RULES_REFRESH_MS) return Promise.resolve(slot.rules);
  if (slot.loading) return slot.loading;
  const generation = slot.generation;
  const startedAt = clock();
  const loading = load(pool)
    .then((rules) => {
      if (slot.generation === generation) Object.assign(slot, { rules, loadedAt: startedAt });
      return rules;
    })
    .finally(() => {
      if (slot.loading === loading) slot.loading = undefined;
    });
  slot.loading = loading;
  return loading;
}

/** Call after an edit commits: the next caller on this node reads the new rules. */
export function invalidateDeadlineRules(pool: pg.Pool): void {
  const slot = slotOf(pool);
  slot.generation += 1;
  slot.rules = undefined;
  slot.loading = undefined;
}
