import { z } from 'zod';
import { ZConfidence, ZIsoDate } from '../shared-schema';

// The shapes of data/reference/elections/elections.json and legal/deciding-authorities.json (see their
// PROVENANCE.md); the seed refuses a file that differs.
const ZDatedFact = {
  startsOn: ZIsoDate.nullable(),
  endsOn: ZIsoDate.nullable(),
  confidence: ZConfidence,
  source: z.string().min(3),
  note: z.string().optional(),
};

export const ZElectionFile = z.strictObject({
  elections: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(3),
      type: z.enum(['pemilu', 'pilkada']),
      regulation: z.string().nullable(),
      note: z.string().optional(),
      declaredTotals: z
        .strictObject({
          provinces: z.number().int(),
          kabupaten: z.number().int(),
          kota: z.number().int(),
          confidence: ZConfidence,
          source: z.string(),
        })
        .nullable(),
      participation: z.strictObject({
        provinces: z.boolean().nullable(),
        autonomousRegencies: z.boolean().nullable(),
        administrativeUnits: z.boolean().nullable(),
        confidence: ZConfidence.nullable(),
        source: z.string().min(3),
        exceptions: z.array(
          z.strictObject({
            regionCode: z.string(),
            holdsElection: z.boolean().nullable(),
            confidence: ZConfidence.nullable(),
            source: z.string(),
            note: z.string().optional(),
          }),
        ),
      }),
      phases: z.array(
        z.strictObject({
          code: z.string().regex(/^[a-z_]+$/),
          labelId: z.string(),
          labelEn: z.string(),
          ...ZDatedFact,
        }),
      ),
    }),
  ),
  phaseOverrides: z.array(
    z.strictObject({ electionId: z.string(), phaseCode: z.string(), regionCode: z.string(), ...ZDatedFact }),
  ),
});

export const ZAuthorityFile = z.array(
  z.strictObject({
    code: z.string(),
    name: z.string(),
    validFrom: ZIsoDate.nullable(),
    validTo: ZIsoDate.nullable(),
    confidence: ZConfidence,
    source: z.string(),
    note: z.string().optional(),
  }),
);

export type ElectionEntry = z.infer<typeof ZElectionFile>['elections'][number];
