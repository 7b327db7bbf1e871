// Publishes the figures as of a day, frozen (issue 5 §2): the funnel and every breakdown, recounted from the event
// history, stored once with the SHA-256 of their canonical JSON so that a citation can be checked later. Audited.
import crypto from 'node:crypto';
import type pg from 'pg';
import { withTransaction } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import { appendAudit, canonicalJson, type Actor } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { electionExists, regionExists } from '../../reference';
import { insertSnapshot } from '../queries/snapshot-queries';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  STATS_DIMENSIONS,
  type BreakdownRow,
  type StatsDimension,
} from '../schema';
import type { PublishSnapshotInput, SnapshotFigures, SnapshotSummary } from '../snapshot-schema';
import { getPublicStats } from './get-public-stats';

/** 400 naming the body field: the future, or an election or region that names nothing. */
async function assertPublishable(db: pg.Pool, input: PublishSnapshotInput, now: Date): Promise<void> {
  const fields: { path: string; message: string }[] = [];
  const today = jakartaDate(now);
  if (input.asOf > today) fields.push({ path: 'body.asOf', message: `must not be after today (${today})` });
  if (input.election && !(await electionExists(db, input.election)))
    fields.push({ path: 'body.election', message: 'unknown election' });
  if (
    input.region &&
    !(await regionExists(db, input.region, input.region.length === 2 ? 'province' : 'regency'))
  )
    fields.push({ path: 'body.region', message: 'unknown region' });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
}

export async function publishSnapshot(
  pool: pg.Pool,
  ctx: { actor: Actor; input: PublishSnapshotInput; now: Date },
): Promise<SnapshotSummary> {
  const { actor, input, now } = ctx;
  await assertPublishable(pool, input, now);
  const area = input.region
    ? input.region.length === 2
      ? { province: input.region }
      : { regency: input.region }
    : {};
  const query = { election: input.election, ...area, asOf: input.asOf };
  const opts = { lang: 'id' as const, now, threshold: DEFAULT_SUPPRESSION_THRESHOLD };
  // The labels are frozen in Bahasa Indonesia; every row also carries its stable key.
  const overall = await getPublicStats(pool, query, opts);
  const breakdowns = {} as Record<StatsDimension, BreakdownRow[]>;
  for (const by of STATS_DIMENSIONS)
    breakdowns[by] = (await getPublicStats(pool, { ...query, by }, opts)).breakdown?.rows ?? [];
  const figures: SnapshotFigures = {
    countingDate: input.asOf,
    unit: 'asn_reported',
    suppressionThreshold: overall.suppressionThreshold,
    includesDemoData: overall.includesDemoData,
    funnel: overall.funnel,
    breakdowns,
  };
  const summary: SnapshotSummary = {
    id: input.id,
    title: input.title,
    asOf: input.asOf,
    election: input.election ?? null,
    region: input.region ?? null,
    note: input.note ?? null,
    publishedAt: now.toISOString(),
    sha256: crypto.createHash('sha256').update(canonicalJson(figures)).digest('hex'),
  };
  await withTransaction(pool, async (tx) => {
    if (!(await insertSnapshot(tx, { ...summary, figures, publishedBy: actor.id })))
      throw new AppError('CONFLICT', {
        params: { reason: `snapshot ${input.id} exists` },
        fields: [
          {
            path: 'body.id',
            message: 'a published snapshot with this id exists; snapshots are never replaced',
          },
        ],
      });
    await appendAudit(
      tx,
      actor,
      {
        action: 'stats.snapshot.published',
        entityType: 'stats_snapshot',
        entityId: input.id,
        data: {
          asOf: input.asOf,
          election: summary.election,
          region: summary.region,
          sha256: summary.sha256,
        },
      },
      now,
    );
  });
  return summary;
}
