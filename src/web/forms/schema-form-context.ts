import { createContext, useContext, type ReactNode } from 'react';
import type { FieldLabels } from './field-labels';
import type { FormValue, FormValues } from './form-values';
import type { FieldErrors } from './validate-input';

export interface SelectOption {
  value: string;
  label: string;
}

/** What the documents control gets: the picked ids and how to change them. */
export interface DocumentsControl {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
  isRequired: boolean;
}

export interface SchemaFormState {
  values: FormValues;
  errors: FieldErrors;
  labels: FieldLabels;
  onChange: (path: string[], value: FormValue) => void;
  /** Menu entries for a field the schema types as free text or codes (elections, catalogue codes). */
  optionsFor?: ((name: string) => SelectOption[] | undefined) | undefined;
  renderDocuments?: ((control: DocumentsControl) => ReactNode) | undefined;
}

export const SchemaFormContext = createContext<SchemaFormState | undefined>(undefined);

export function useSchemaFormState(): SchemaFormState {
  const state = useContext(SchemaFormContext);
  if (!state) throw new Error('a schema field must be inside <SchemaFields>');
  return state;
}

/** The value at `path` in the form's values. */
export function valueAt(values: FormValues, path: string[]): FormValue | undefined {
  let node: FormValue | undefined = values;
  for (const key of path) {
    if (node === undefined || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? (node as FormValues[])[Number(key)] : node[key];
  }
  return node;
}
