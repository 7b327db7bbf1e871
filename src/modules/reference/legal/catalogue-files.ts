import { z } from 'zod';
import { ZConfidence, ZIsoDate } from '../shared-schema';
import { ZSanctionLevel, ZViolationTrack } from './schema';

// The shapes of data/reference/legal/*.json (see its PROVENANCE.md); the seed refuses a file that differs.
const code = z.string().regex(/^[a-z0-9-]+$/);
const fact = { confidence: ZConfidence, source: z.string().min(3), note: z.string().optional() };

export const ZRegulationFile = z.array(
  z.strictObject({
    code,
    shortName: z.string(),
    title: z.string(),
    number: z.string().nullable(),
    issuedOn: ZIsoDate.nullable(),
    validFrom: ZIsoDate.nullable(),
    validTo: ZIsoDate.nullable(),
    purpose: z.string(),
    ...fact,
  }),
);

export const ZViolationFormFile = z.array(
  z.strictObject({
    code,
    regulationCode: z.string().nullable(),
    track: ZViolationTrack,
    reference: z.string(),
    sortOrder: z.number().int(),
    textId: z.string(),
    glossEn: z.string(),
    ...fact,
  }),
);

export const ZSanctionTypeFile = z.array(
  z.strictObject({
    code,
    regulationCode: z.string(),
    level: ZSanctionLevel,
    asnTypes: z.array(z.enum(['pns', 'pppk', 'ppnpn'])).min(1),
    sortOrder: z.number().int(),
    labelId: z.string(),
    glossEn: z.string(),
    ...fact,
  }),
);

export const ZFormLevelFile = z.array(
  z.strictObject({ formCode: z.string(), level: ZSanctionLevel, ...fact }),
);
