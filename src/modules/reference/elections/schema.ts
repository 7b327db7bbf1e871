import { z } from 'zod';
import { ZConfidence, ZIsoDate, ZNote, ZSource } from '../shared-schema';
import { ZElectionId, ZRegionCode } from '../regions/schema';

export const ZElectionType = z
  .enum(['pemilu', 'pilkada'])
  .describe('pemilu (national general election) or pilkada (regional heads)');

export const ZRegionsHolding = z.object({
  provinces: z.number().int().nullable().describe('Provinces holding the election; null when not known'),
  regencies: z.number().int().nullable().describe('Kab/kota holding the election; null when not known'),
  basis: z
    .enum(['regions', 'declared_totals', 'unknown'])
    .describe(
      'regions = counted from per-region flags; declared_totals = published totals (the per-region list is unknown)',
    ),
});

export const ZElectionSummary = z.object({
  id: ZElectionId,
  name: z.string().describe('Name in Bahasa Indonesia'),
  type: ZElectionType,
  votingDate: ZIsoDate.nullable().describe('Voting day (pemungutan suara)'),
  regionsHolding: ZRegionsHolding,
});

export const ZElectionPhase = z.object({
  code: z
    .string()
    .describe(
      'Phase id, e.g. registration, candidate_determination, campaign, quiet_period, voting, recapitulation',
    ),
  labelId: z.string().describe('Label in Bahasa Indonesia, e.g. "Masa tenang"'),
  labelEn: z.string().describe('Label in English'),
  startsOn: ZIsoDate.nullable().describe('First day (inclusive); null = not in our sources'),
  endsOn: ZIsoDate.nullable().describe('Last day (inclusive); null = not in our sources'),
  confidence: ZConfidence,
  source: ZSource,
  note: ZNote,
  overridden: z.boolean().describe('true when the region has its own dates for this phase'),
});

export const ZElectionQuery = z.strictObject({
  region: ZRegionCode.optional().describe(
    "Apply this region's own phase dates and tell whether it holds the election",
  ),
});
export const ZElectionParams = z.strictObject({ id: ZElectionId });

export const ZElectionDetail = ZElectionSummary.extend({
  regulation: z.string().nullable().describe('Regulation code of the schedule (e.g. pkpu-2-2024)'),
  note: ZNote,
  phases: z
    .array(ZElectionPhase)
    .describe("The calendar in order; with ?region=, that region's overrides applied"),
  region: z
    .object({
      code: ZRegionCode,
      name: z.string().describe('Region name'),
      holdsElection: z
        .boolean()
        .nullable()
        .describe('Whether the region holds this election; null = not known'),
      confidence: ZConfidence.nullable().describe('How sure the flag is'),
    })
    .nullable()
    .describe('The region asked for, if any'),
});

export const ZElectionList = z.array(ZElectionSummary).describe('Elections, oldest first');
