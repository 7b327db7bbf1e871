import { z } from 'zod';
import { isIsoDateString } from '../../platform/calendar/schema';
import { zText } from '../../platform/http/text-schema';

/** How sure a fact is, from REFERENCE.md's marks: ✅ verified, ⚠️ secondary, ❓ unverified. */
export const ZConfidence = z
  .enum(['verified', 'secondary', 'unverified'])
  .describe(
    'How sure the fact is: verified (read in the cited source), secondary (one secondary source or sources disagree), unverified',
  );
export type Confidence = z.infer<typeof ZConfidence>;

/** A calendar date in Asia/Jakarta, as YYYY-MM-DD. */
export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD')
  // 2024-02-31 matches the pattern; a JavaScript Date would silently read it as 2 March.
  .refine(isIsoDateString, 'is not a day of the calendar')
  .describe('Calendar date (Asia/Jakarta), YYYY-MM-DD');

export const ZPage = z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1');
export const ZPageSize = z.coerce
  .number()
  .int()
  .min(1)
  .max(200)
  .default(50)
  .describe('Items per page (at most 200)');

/** A free-text search: trimmed, 1–100 characters. */
export const ZSearchText = zText({ min: 1, max: 100 }).describe(
  'Search text; matches names by words (Indonesian stemming) and by similarity, so typos still match',
);

export const ZSource = z
  .string()
  .describe('Where the fact comes from (REFERENCE.md section and the sources it cites)');
export const ZNote = z.string().nullable().describe('Caveat or remark about the fact, if any');
