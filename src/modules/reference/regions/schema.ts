import { z } from 'zod';
import { ZConfidence, ZPage, ZPageSize, ZSearchText } from '../shared-schema';

// Kemendagri codes (REF §4.4): province PP, kab/kota PP.KK, kecamatan PP.KK.CC.
export const PROVINCE_CODE = /^\d{2}$/;
export const REGENCY_CODE = /^\d{2}\.\d{2}$/;
export const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
export const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2})?)?$/;

export const ZRegionLevel = z
  .enum(['province', 'regency', 'district'])
  .describe('province (provinsi), regency (kabupaten/kota) or district (kecamatan)');

export const ZRegionKind = z
  .enum(['province', 'kabupaten', 'kota', 'district'])
  .describe('province; kabupaten (code 01–69) or kota (71–99) for a regency; district for a kecamatan');

export const ZRegionCode = z
  .string()
  .regex(REGION_CODE, 'must be a Kemendagri code such as 33, 33.03 or 33.03.01')
  .describe('Kemendagri region code, dotted: 33 (province), 33.03 (kab/kota), 33.03.01 (kecamatan)');

export const ZProvinceCode = z
  .string()
  .regex(PROVINCE_CODE, 'must be a two-digit province code such as 33')
  .describe('Two-digit Kemendagri province code');

export const ZElectionId = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'must be an election id such as pilkada-2024')
  .describe('Election id, e.g. pemilu-2024, pilkada-2024');

export const ZRegion = z.object({
  code: ZRegionCode,
  name: z.string().describe('Official name, e.g. "Kabupaten Purbalingga"'),
  level: ZRegionLevel,
  kind: ZRegionKind,
  isAutonomous: z
    .boolean()
    .describe(
      'false for the 6 administrative units of DKI Jakarta (their PPK is the Governor) and for kecamatan',
    ),
  provinceCode: ZProvinceCode,
});
export type Region = z.infer<typeof ZRegion>;

export const ZFindRegionsQuery = z
  .strictObject({
    level: ZRegionLevel.optional().describe('Only this level; default: provinces and kab/kota'),
    province: ZProvinceCode.optional().describe('Only regions in this province'),
    q: ZSearchText.optional(),
    election: ZElectionId.optional().describe(
      'Only regions known to hold this election (unknown participation is left out)',
    ),
    page: ZPage,
    pageSize: ZPageSize,
  })
  .describe('Filters for the region list');
export type FindRegionsQuery = z.infer<typeof ZFindRegionsQuery>;

export const ZRegionPage = z.object({
  items: z.array(ZRegion).describe('Regions on this page, most relevant first when searching, else by code'),
  total: z.number().int().describe('Number of regions matching the filters'),
});

export const ZRegionParams = z.strictObject({ code: ZRegionCode });

export const ZElectionParticipation = z.object({
  electionId: ZElectionId,
  holdsElection: z
    .boolean()
    .nullable()
    .describe('Whether the region holds this election; null = not known from our sources'),
  confidence: ZConfidence.nullable().describe('How sure the flag is; null when unknown'),
});

export const ZRegionDetail = ZRegion.extend({
  parent: ZRegion.nullable().describe('The province of a kab/kota, the kab/kota of a kecamatan'),
  children: z
    .array(ZRegion)
    .describe('Kab/kota of a province, kecamatan of a kab/kota; empty for a kecamatan'),
  participation: z.array(ZElectionParticipation).describe('Per election: does this region hold it?'),
  ppkAgency: z
    .object({
      code: z.string().describe('Agency code, e.g. pemda-31 for the 6 DKI administrative units'),
      name: z.string().describe('Agency name'),
      ppkTitle: z.string().describe('Title of the PPK (Gubernur / Bupati / Wali Kota)'),
    })
    .nullable()
    .describe('The regional government whose head is the PPK of ASN working in this region (REF §4.5)'),
});
export type RegionDetail = z.infer<typeof ZRegionDetail>;
