import { z } from 'zod';
import { ZConfidence, ZNote, ZPage, ZPageSize, ZSearchText, ZSource } from '../shared-schema';
import { ZProvinceCode, ZRegionCode } from '../regions/schema';

export const ZAgencyCode = z
  .string()
  .regex(
    /^(pemda-\d{2}(\.\d{2})?|kl-[a-z0-9-]{2,40})$/,
    'must be an agency code such as pemda-33.03 or kl-kemenag',
  )
  .describe(
    'Stable agency code: pemda-<region code> for a regional government, kl-<name> for a central agency',
  );

export const ZAgencyKind = z
  .enum(['regional', 'central'])
  .describe('regional (pemerintah daerah) or central (kementerian/lembaga)');

export const ZAgency = z.object({
  code: ZAgencyCode,
  name: z.string().describe('Official name, e.g. "Pemerintah Kabupaten Purbalingga"'),
  shortName: z
    .string()
    .nullable()
    .describe('Common abbreviation (Kemenag, BKN); null for regional governments'),
  kind: ZAgencyKind,
  category: z
    .enum([
      'provincial_government',
      'regency_government',
      'city_government',
      'coordinating_ministry',
      'ministry',
      'agency',
    ])
    .describe('What sort of agency it is'),
  regionCode: ZRegionCode.nullable().describe(
    'The region a regional government governs; null for central agencies',
  ),
  ppkTitle: z
    .string()
    .describe('Title of the PPK (Pejabat Pembina Kepegawaian), e.g. "Bupati Purbalingga", "Menteri Agama"'),
  supervisor: z
    .enum(['kemendagri', 'kemenpanrb'])
    .describe(
      'Who deals with a conflicted or non-compliant PPK: Kemendagri for regional, KemenPANRB for central (REF §0)',
    ),
  confidence: ZConfidence,
  source: ZSource,
  note: ZNote,
});
export type Agency = z.infer<typeof ZAgency>;

export const ZFindAgenciesQuery = z
  .strictObject({
    kind: ZAgencyKind.optional(),
    province: ZProvinceCode.optional().describe(
      'Only regional governments in this province (the province and its kab/kota)',
    ),
    q: ZSearchText.optional(),
    page: ZPage,
    pageSize: ZPageSize,
  })
  .describe('Filters for the agency list');
export type FindAgenciesQuery = z.infer<typeof ZFindAgenciesQuery>;

export const ZAgencyPage = z.object({
  items: z.array(ZAgency).describe('Agencies on this page, most relevant first when searching'),
  total: z.number().int().describe('Number of agencies matching the filters'),
});

export const ZAgencyParams = z.strictObject({ code: ZAgencyCode });

export const ZBknOffice = z.object({
  code: z.string().describe('Office code used in staff scopes: pusat, kanreg-1 … kanreg-14'),
  name: z.string().describe('Office name, e.g. "Kantor Regional IV BKN Makassar"'),
  city: z.string().describe('City of the office'),
  coversAll: z.boolean().describe('true for BKN headquarters (pusat), which covers every province'),
  confidence: ZConfidence,
  source: ZSource,
  provinces: z
    .array(z.object({ provinceCode: ZProvinceCode, confidence: ZConfidence }))
    .describe("Provinces in the office's working area (unverified unless REF confirms it)"),
});
export const ZBknOfficeList = z.array(ZBknOffice).describe('BKN headquarters and regional offices');
