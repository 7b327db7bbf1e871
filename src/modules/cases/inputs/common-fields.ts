// Fields shared by the case action inputs. zod only: the web app builds its forms from these.
import { z } from 'zod';
import { ZIsoDate } from '../../../platform/calendar/schema';
import { zText } from '../../../platform/http/text-schema';

export { ZIsoDate };

/** Every action input may carry documents; CASE_ACTIONS says for which ones at least one is required. */
export const ZDocumentIds = z
  .array(z.uuid().describe('Id of an uploaded document (evidence module)'))
  .max(20)
  .default([])
  .describe('Documents attached to this step (berita acara, surat, keputusan …)');

// Free text goes through zText: PostgreSQL cannot store NUL, so it is refused at the edge.
export const ZReason = zText({ min: 3, max: 4000 });
export const ZNote = zText({ max: 4000 }).optional().describe('Free remark for the case history');
export const ZLetterNumber = zText({ min: 1, max: 120 });
export const ZPersonName = zText({ min: 1, max: 200 });
export const ZBodyName = zText({ min: 2, max: 200 });

export const ZElectionId = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'must be an election id such as pilkada-2024')
  .describe('The election (reference data), e.g. pilkada-2024');

const code = z.string().regex(/^[a-z0-9-]+$/, 'must be a catalogue code such as skb2022-b6');
export const ZViolationFormCodes = z
  .array(code.describe('Violation form code from the legal catalogue (e.g. pp94-5n-1, skb2022-b6)'))
  .min(1)
  .max(20)
  .describe('Violation forms (bentuk pelanggaran) the decision rests on, from the legal catalogue');
export const ZSanctionTypeCodes = z
  .array(code.describe('Sanction type code from the legal catalogue (e.g. pp94-s1, moral-terbuka)'))
  .min(1)
  .max(5)
  .describe('Sanction type(s) (jenis sanksi) from the legal catalogue');

/** The grounds for reopening a closed case (ARCHITECTURE.md §4). */
export const ZReopenGround = z
  .enum(['contest', 'new_evidence'])
  .describe('contest (keberatan atas keputusan) or new_evidence (bukti baru)');
