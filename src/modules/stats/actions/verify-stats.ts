// `netra stats verify`: the aggregates against a recount from the event history, and the funnel's identities.
import type { Queryable } from '../../../db/database';
import { brokenInvariants, funnelOf } from '../funnel';
import {
  casesOffHistory,
  countByState,
  statsDifferences,
  type StatsDifference,
} from '../queries/stats-queries';

export interface StatsVerification {
  ok: boolean;
  /** Reported ASN counted in case_stats. */
  reported: number;
  /** Keys where case_stats and the recount differ (at most `limit`). */
  differences: StatsDifference[];
  /** Cases whose state is not the to_state of their last event. */
  offHistory: { id: string; state: string; last: string | null }[];
  /** Funnel identities that fail on the stored figures (none, unless a state lost its bucket). */
  brokenInvariants: string[];
}

export async function verifyStats(db: Queryable, limit = 20): Promise<StatsVerification> {
  const { counts } = await countByState(db, {}, null);
  const funnel = funnelOf(counts);
  const differences = await statsDifferences(db, limit);
  const offHistory = await casesOffHistory(db, limit);
  const broken = brokenInvariants(funnel);
  return {
    ok: differences.length === 0 && offHistory.length === 0 && broken.length === 0,
    reported: funnel.reported,
    differences,
    offHistory,
    brokenInvariants: broken,
  };
}
