// How sure a derived fact is: never surer than the least sure fact it rests on (REFERENCE.md marks).
import type { Confidence } from '../reference/schema';

export type { Confidence };

const RANK: Record<Confidence, number> = { unverified: 0, secondary: 1, verified: 2 };

export function lowestConfidence(list: readonly Confidence[]): Confidence {
  return list.reduce<Confidence>((low, c) => (RANK[c] < RANK[low] ? c : low), 'verified');
}

export function capConfidence(c: Confidence, cap: Confidence): Confidence {
  return lowestConfidence([c, cap]);
}
