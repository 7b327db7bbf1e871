// The forms for another laporan or temuan on an existing case: views of ZAddIntakeInput that the form generator
// can draw, cut like the new-intake forms (intake-forms.ts): a laporan gets its reporter, a required day of
// knowledge and only the public channels. The page adds intake.kind and the case's version; the server checks the
// whole body again with ZAddIntakeInput.
import { z } from 'zod';
import { ZAddIntakeInput } from '../../../modules/cases/case-api-schema';
import { ZReportForm, type IntakeKind } from './intake-forms';

const { act, intake, reporter } = ZAddIntakeInput.shape;

export const ZAddFindingForm = z.strictObject({
  intake: intake.omit({ kind: true }),
  act: act.unwrap(),
});

export const ZAddReportForm = z.strictObject({
  intake: ZReportForm.shape.intake,
  act: z.strictObject({ knownOn: ZReportForm.shape.act.shape.knownOn }),
  reporter: reporter.unwrap(),
});

/** Each kind's form; labels are the new-intake forms' (caseForm.byAction.<name>), the fields being the same. */
export const ADD_INTAKE_FORMS = {
  temuan: { schema: ZAddFindingForm, name: 'create_finding' },
  laporan: { schema: ZAddReportForm, name: 'create_report' },
} as const;

type FormInput = z.output<typeof ZAddFindingForm> | z.output<typeof ZAddReportForm>;

/** The request body of POST /api/cases/:id/intakes for a filled form of `kind` on the case at `version`. */
export function toAddIntakeInput(
  kind: IntakeKind,
  version: number,
  input: FormInput,
): Record<string, unknown> {
  return { expectedVersion: version, ...input, intake: { ...input.intake, kind } };
}
