// The laporan and temuan forms: views of ZCreateIntakeInput that the form generator can draw. It draws every
// field of a schema, so each kind gets the fields it has: a laporan its reporter, a required day of knowledge and
// only the channels a member of the public files through. The page adds intake.kind; the server checks the whole
// input again with ZCreateIntakeInput.
import { z } from 'zod';
import {
  REPORT_CHANNELS,
  ZCaseActInput,
  ZCreateIntakeInput,
  ZIntakeDetailsInput,
  type INTAKE_KINDS,
} from '../../../modules/cases/case-api-schema';
import { ZReporterInput } from '../../../modules/cases/reporter-api-schema';
import { ZIsoDate } from '../../../platform/calendar/schema';

export type IntakeKind = (typeof INTAKE_KINDS)[number];

const { electionId, regionCode, agencyCode, violationFormCodes, subjects } = ZCreateIntakeInput.shape;

export const ZFindingForm = z.strictObject({
  electionId,
  regionCode,
  agencyCode,
  act: ZCaseActInput,
  violationFormCodes,
  intake: ZIntakeDetailsInput,
  subjects,
});

export const ZReportForm = z.strictObject({
  electionId,
  regionCode,
  agencyCode,
  act: ZCaseActInput.extend({
    // Perbawaslu 7/2022 Pasal 8(3): the 7-day filing window counts from the day the reporter knew.
    knownOn: ZIsoDate.describe('Day the reporter came to know of the act: the filing window counts from it'),
  }),
  violationFormCodes,
  intake: ZIntakeDetailsInput.extend({
    channel: z
      .enum(REPORT_CHANNELS)
      .describe('How the reporter filed: walk_in, letter, phone, email, online, sp4n_lapor'),
  }),
  reporter: ZReporterInput,
  subjects,
});

/** Each kind's form and the message keys of its labels (caseForm.byAction.<name>). */
export const INTAKE_FORMS = {
  temuan: { schema: ZFindingForm, name: 'create_finding' },
  laporan: { schema: ZReportForm, name: 'create_report' },
} as const;

type FormInput = z.output<typeof ZFindingForm> | z.output<typeof ZReportForm>;

/** The request body of POST /api/cases for a filled form of `kind`. */
export function toIntakeInput(kind: IntakeKind, input: FormInput): Record<string, unknown> {
  return { ...input, intake: { ...input.intake, kind } };
}
