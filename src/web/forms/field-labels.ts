import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

// Enums whose values already have labels elsewhere in the messages.
const OPTION_PREFIX: Record<string, string> = {
  sanctionLevel: 'legal.levels',
  track: 'legal.tracks',
  asnType: 'legal.asnTypes',
  role: 'caseForm.options.party',
};

/**
 * Message keys for a field's label, most specific first: the form's own (`caseForm.byAction.<form>.<path>`,
 * path without repeat indices joined by `_`), then the field name's (`caseForm.fields.<name>`).
 */
export function labelKeys(form: string, path: string[]): string[] {
  const names = path.filter((p) => !/^\d+$/.test(p));
  const name = names[names.length - 1] ?? '';
  return [`caseForm.byAction.${form}.${names.join('_')}`, `caseForm.fields.${name}`];
}

/** The message key of one value of an enum field. */
export function optionKey(field: string, value: string): string {
  return `${OPTION_PREFIX[field] ?? `caseForm.options.${field}`}.${value}`;
}

export interface FieldLabels {
  label: (path: string[], fallback: string | undefined) => string;
  option: (field: string, value: string) => string;
  /** A hint on the expected form of a value (`33.03`), by field name; undefined when there is none. */
  hint: (field: string) => string | undefined;
}

/** Labels of a generated form in the UI language; the schema's English description where none is written. */
export function useFieldLabels(form: string): FieldLabels {
  const { t, i18n } = useTranslation();
  const text = useCallback(
    (keys: string[], fallback: string) => {
      const key = keys.find((k) => i18n.exists(k));
      return key ? (t as unknown as (k: string) => string)(key) : fallback;
    },
    [t, i18n],
  );
  return {
    label: (path, fallback) => text(labelKeys(form, path), fallback ?? path[path.length - 1] ?? ''),
    option: (field, value) => text([optionKey(field, value)], value),
    hint: (field) => {
      const key = `caseForm.hints.${field}`;
      return i18n.exists(key) ? text([key], '') : undefined;
    },
  };
}
