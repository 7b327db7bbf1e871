import { z } from 'zod';
import { ZIsoDate, ZSource } from '../shared-schema';

export const ZHolidaysQuery = z
  .strictObject({
    year: z.coerce
      .number()
      .int()
      .min(1900)
      .max(2999)
      .optional()
      .describe('Calendar year; omit for every year in the data'),
  })
  .describe('Which year of the holiday calendar');

export const ZHoliday = z.object({
  date: ZIsoDate,
  nameId: z.string().describe('Name in Bahasa Indonesia'),
  nameEn: z.string().describe('Name in English'),
  kind: z
    .enum(['libur_nasional', 'cuti_bersama', 'pemungutan_suara'])
    .describe(
      'libur_nasional (national holiday), cuti_bersama (collective leave), pemungutan_suara (voting day holiday)',
    ),
  source: ZSource,
  confidence: z
    .string()
    .nullable()
    .describe('Set when less than high (2027 is "medium": decree not read directly)'),
  note: z.string().nullable().describe('Remark, if any'),
});

export const ZHolidayList = z.object({
  firstYear: z.number().int().describe('First year in the data'),
  lastYear: z.number().int().describe('Last year in the data'),
  items: z.array(ZHoliday).describe('Holidays by date; every entry is a non-working day for ASN'),
});
