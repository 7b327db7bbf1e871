// `netra stats rebuild`: the statistics tables recounted from the cases in one transaction.
import type pg from 'pg';
import { withTransaction } from '../../../db/database';
import { recountCaseStats, recountFollowUps } from '../queries/rebuild-queries';

export async function rebuildStats(pool: pg.Pool): Promise<{ statsRows: number; followUps: number }> {
  return withTransaction(pool, async (tx) => ({
    statsRows: await recountCaseStats(tx),
    followUps: await recountFollowUps(tx),
  }));
}
