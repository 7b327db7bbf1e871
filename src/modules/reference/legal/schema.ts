import { z } from 'zod';
import { ZConfidence, ZIsoDate, ZNote, ZSource } from '../shared-schema';

export const ZViolationTrack = z
  .enum(['ethics', 'discipline', 'report_category'])
  .describe(
    "ethics (kode etik, sanksi moral), discipline (disiplin, hukuman disiplin) or report_category (Bawaslu's finer report taxonomy)",
  );

export const ZSanctionLevel = z
  .enum(['light', 'moderate', 'severe', 'moral', 'dismissal'])
  .describe(
    'light (ringan), moderate (sedang), severe (berat), moral (sanksi moral), dismissal (PTDH / PHK)',
  );

export const ZRegulation = z.object({
  code: z.string().describe('Stable id, e.g. pp-94-2021'),
  shortName: z.string().describe('Short citation, e.g. "PP 94/2021"'),
  title: z.string().describe('Title in Bahasa Indonesia'),
  number: z.string().nullable().describe('Number(s) of the instrument'),
  issuedOn: ZIsoDate.nullable().describe('Date signed or issued; null when not in our sources'),
  validFrom: ZIsoDate.nullable().describe('In force from (inclusive); null when not in our sources'),
  validTo: ZIsoDate.nullable().describe(
    'In force until (exclusive: the day its successor took effect); null = still in force or unknown',
  ),
  purpose: z.string().describe('What it matters for in neutrality supervision'),
  confidence: ZConfidence,
  source: ZSource,
  note: ZNote,
});

export const ZViolationForm = z.object({
  code: z.string().describe('Stable id, e.g. pp94-5n-3, skb2022-b8, bawaslu-media-sosial'),
  regulationCode: z
    .string()
    .nullable()
    .describe('The regulation it comes from; null for Bawaslu report categories'),
  track: ZViolationTrack,
  reference: z.string().describe('Article or annex item, e.g. "Pasal 5 huruf n angka 3"'),
  textId: z.string().describe('Text in Bahasa Indonesia'),
  glossEn: z.string().describe('Short English gloss'),
  confidence: ZConfidence,
  source: ZSource,
  note: ZNote,
});

export const ZSanctionType = z.object({
  code: z.string().describe('Stable id, e.g. pp94-s1, moral-terbuka, uu20-ptdh'),
  regulationCode: z
    .string()
    .describe('The regulation that defines it (catalogues are versioned by regulation)'),
  level: ZSanctionLevel,
  asnTypes: z.array(z.enum(['pns', 'pppk', 'ppnpn'])).describe('Kinds of staff it applies to'),
  labelId: z.string().describe('Name in Bahasa Indonesia'),
  glossEn: z.string().describe('Short English gloss'),
  confidence: ZConfidence,
  source: ZSource,
  note: ZNote,
});

export const ZFormLevel = z.object({
  formCode: z.string().describe('Violation form'),
  level: ZSanctionLevel,
  confidence: ZConfidence,
  source: ZSource,
  note: ZNote,
});

export const ZRegulationList = z.object({
  items: z.array(ZRegulation).describe('Regulations, oldest first'),
});
export const ZViolationFormList = z.object({
  items: z.array(ZViolationForm).describe('Violation forms by regulation and item'),
});
export const ZSanctionTypeList = z.object({
  items: z.array(ZSanctionType).describe('Sanction types by regulation and severity'),
  formLevels: z.array(ZFormLevel).describe('The sanction level each violation form carries (REF §1.3, §1.4)'),
});
