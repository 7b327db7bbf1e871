// Published statistics, frozen (issue 5 §2): what was published, as of which day, with the SHA-256 that lets a
// citation be checked. Shared with the web app: no server imports.
import { z } from 'zod';
import { ZIsoDate } from '../reference/shared-schema';
import { STATS_DIMENSIONS, ZBreakdownRow, ZFunnelFigures } from './schema';

export const ZSnapshotId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{2,79}$/,
    'must be 3–80 lower-case letters, digits and hyphens, e.g. pilkada-2020-jan-2021',
  )
  .describe('Stable id of the snapshot, used in its address and citations');

export const ZPublishSnapshotInput = z.strictObject({
  id: ZSnapshotId,
  title: z.string().trim().min(3).max(200).describe('Title as cited'),
  asOf: ZIsoDate.describe('The figures count the cases as they stood at the end of this day'),
  election: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .describe('Only this election'),
  region: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, 'must be a province (33) or kab/kota (33.03) code')
    .optional()
    .describe('Only this province or kab/kota'),
  note: z.string().trim().max(2000).optional().describe('What the figures are for, caveats'),
});
export type PublishSnapshotInput = z.infer<typeof ZPublishSnapshotInput>;

export const ZSnapshotSummary = z.object({
  id: ZSnapshotId,
  title: z.string(),
  asOf: ZIsoDate,
  election: z.string().nullable(),
  region: z.string().nullable(),
  note: z.string().nullable(),
  publishedAt: z.string().describe('ISO 8601 instant'),
  sha256: z.string().describe('SHA-256 of the canonical JSON of `figures`'),
});
export type SnapshotSummary = z.infer<typeof ZSnapshotSummary>;

export const ZSnapshotFigures = z.object({
  countingDate: ZIsoDate,
  unit: z.literal('asn_reported'),
  suppressionThreshold: z.number().int().positive(),
  includesDemoData: z.boolean(),
  funnel: ZFunnelFigures,
  breakdowns: z.record(z.enum(STATS_DIMENSIONS), z.array(ZBreakdownRow)),
});
export type SnapshotFigures = z.infer<typeof ZSnapshotFigures>;

export const ZStatsSnapshot = ZSnapshotSummary.extend({ figures: ZSnapshotFigures });
export type StatsSnapshot = z.infer<typeof ZStatsSnapshot>;
