// Codes an input cites from the legal catalogue (violation forms, sanction types) must exist in it: a typo would
// otherwise become a category in the statistics that no catalogue entry explains.
import type { FieldError } from '../../platform/errors/app-error';
import type { LegalCatalogue } from '../reference';

/** Field errors for unknown codes in an input's violationFormCodes / sanctionTypeCodes, paths under `prefix`. */
export function unknownCatalogueCodes(
  input: unknown,
  catalogue: LegalCatalogue,
  prefix: string,
): FieldError[] {
  const fields: FieldError[] = [];
  const { violationFormCodes, sanctionTypeCodes } = (input ?? {}) as {
    violationFormCodes?: string[];
    sanctionTypeCodes?: string[];
  };
  const check = (name: string, codes: string[] | undefined, known: readonly { code: string }[]) => {
    const unknown = (codes ?? []).filter((c) => !known.some((k) => k.code === c));
    if (unknown.length > 0)
      fields.push({ path: `${prefix}${name}`, message: `not in the legal catalogue: ${unknown.join(', ')}` });
  };
  check('violationFormCodes', violationFormCodes, catalogue.violationForms);
  check('sanctionTypeCodes', sanctionTypeCodes, catalogue.sanctionTypes);
  return fields;
}
