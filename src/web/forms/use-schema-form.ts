import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/api-error';
import { useLanguage } from '../i18n/use-language';
import { schemaMessage } from './custom-messages';
import { describeSchema } from './describe-schema';
import { useFieldLabels } from './field-labels';
import { initialValues, setAt, toInput, type FormValue, type FormValues } from './form-values';
import type { SchemaFormState } from './schema-form-context';
import { useIssueTexts } from './use-issue-texts';
import { apiFieldErrors, validateInput, type FieldErrors } from './validate-input';

export interface SchemaForm<S extends z.ZodObject> extends SchemaFormState {
  specs: ReturnType<typeof describeSchema>;
  /** Counts each round of errors shown, so the form can move focus to the first one. */
  errorRound: number;
  /** The parsed input, or undefined after showing what is wrong. */
  validate: () => z.output<S> | undefined;
  /** Shows a refused submit's field messages beside their fields; true when there were any. */
  showApiErrors: (error: unknown, pathPrefix: string) => boolean;
  reset: () => void;
}

/**
 * State of a form generated from `schema`: values (`seed` fills some in at the start), labels (message keys under
 * `form`), errors and validation with the same schema the server uses.
 */
export function useSchemaForm<S extends z.ZodObject>(
  schema: S,
  form: string,
  seed: (values: FormValues) => FormValues = (v) => v,
): SchemaForm<S> {
  const { t } = useTranslation();
  const language = useLanguage();
  const specs = useMemo(() => describeSchema(schema), [schema]);
  const [values, setValues] = useState(() => seed(initialValues(specs)));
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [errorRound, setErrorRound] = useState(0);
  const labels = useFieldLabels(form);
  const texts = useIssueTexts();
  const round = useRef(0);

  const setErrors = useCallback((next: FieldErrors) => {
    setErrorsState(next);
    round.current += 1;
    setErrorRound(round.current);
  }, []);

  const onChange = useCallback((path: string[], value: FormValue) => {
    setValues((prev) => setAt(prev, path, value));
    const key = path.join('.');
    setErrorsState((prev) => {
      if (!(key in prev)) return prev;
      const { [key]: _, ...rest } = prev;
      return rest;
    });
  }, []);

  const validate = () => {
    const result = validateInput(schema, toInput(specs, values), {
      language,
      texts,
      translate: (m) => schemaMessage(m, t),
    });
    if (result.ok) {
      setErrorsState({});
      return result.data;
    }
    setErrors(result.errors);
    return undefined;
  };

  const showApiErrors = (error: unknown, pathPrefix: string) => {
    if (!(error instanceof ApiError) || error.fields.length === 0) return false;
    const fields = error.fields.map((f) => ({ ...f, message: schemaMessage(f.message, t) }));
    setErrors(apiFieldErrors(fields, pathPrefix));
    return true;
  };

  const reset = () => {
    setValues(seed(initialValues(specs)));
    setErrorsState({});
  };

  return { specs, values, errors, errorRound, labels, onChange, validate, showApiErrors, reset };
}
