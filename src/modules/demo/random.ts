// A seeded random source for the demo history: the same seed gives the same history, so a test can replay it
// and a person can regenerate the demo they saw. pure-rand's xoroshiro128+ (the generator fast-check uses).
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  /** true with probability p. */
  chance: (p: number) => boolean;
  /** One item, uniformly. */
  pick: <T>(items: readonly T[]) => T;
  /** One key of `weights`, with probability proportional to its weight. */
  weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K;
  /** A shuffled copy. */
  shuffle: <T>(items: readonly T[]) => T[];
}

const SCALE = 1_000_000;

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    int,
    chance: (p) => int(0, SCALE - 1) < p * SCALE,
    pick,
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = (int(0, SCALE - 1) / SCALE) * total;
      for (const [k, w] of entries) {
        if (x < w) return k;
        x -= w;
      }
      return (entries[entries.length - 1] as [K, number])[0];
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}
