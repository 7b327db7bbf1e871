// Exact quotas of persons filled with whole cases, and days drawn inside a period: the arithmetic that makes the
// demo reproduce a published total to the person. Pure.
import { dayOfWeek, fromEpochDay } from '../../platform/calendar/iso-date';
import type { Sized } from './plan-types';
import type { Random } from './random';

/**
 * Takes items from `pool` in order, skipping any that would overshoot, until they name exactly `quota` persons;
 * the taken items leave the pool. Throws when the pool cannot make the quota (a seed or profile that cannot
 * reproduce the published figure must fail loudly, not publish a near miss).
 */
export function takeExactly<T extends Sized>(
  pool: T[],
  quota: number,
  what: string,
  eligible: (item: T) => boolean = () => true,
): T[] {
  const taken: T[] = [];
  let left = quota;
  for (let i = 0; i < pool.length && left > 0;) {
    const item = pool[i] as T;
    if (item.size <= left && eligible(item)) {
      taken.push(item);
      left -= item.size;
      pool.splice(i, 1);
    } else i++;
  }
  if (left !== 0) throw new Error(`demo plan: cannot take ${quota} persons for ${what} (${left} short)`);
  return taken;
}

/** A published cumulative count on a day. */
export interface Mark {
  day: number;
  value: number;
}

/** Consecutive periods (lo, hi] with the persons each must add; `start` opens the first. */
export function periodsOf(
  marks: readonly Mark[],
  start: number,
): { lo: number; hi: number; quota: number }[] {
  const sorted = [...marks].sort((a, b) => a.day - b.day);
  let lo = start;
  let before = 0;
  return sorted.map((m) => {
    if (m.value < before) throw new Error(`demo plan: published count falls on day ${fromEpochDay(m.day)}`);
    const p = { lo, hi: m.day, quota: m.value - before };
    lo = m.day;
    before = m.value;
    return p;
  });
}

/** A day in [from, to] (to ≥ from), moved off a weekend when the range allows: offices work Mon–Fri. */
export function officeDay(rnd: Random, from: number, to: number): number {
  if (to < from) throw new Error(`demo plan: empty day range ${fromEpochDay(from)}..${fromEpochDay(to)}`);
  for (let tries = 0; tries < 6; tries++) {
    const d = rnd.int(from, to);
    const w = dayOfWeek(fromEpochDay(d));
    if (w !== 0 && w !== 6) return d;
  }
  return rnd.int(from, to);
}
