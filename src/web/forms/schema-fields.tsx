import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldPaths } from './form-values';
import { SchemaField } from './schema-field';
import { SchemaFormContext, type DocumentsControl, type SelectOption } from './schema-form-context';
import type { SchemaForm } from './use-schema-form';

/**
 * The generated controls of a form, with a summary of what is wrong (read out at once) above them. After each
 * refused submit, focus goes to the first invalid field, or to the summary when no field shows the error.
 */
export function SchemaFields<S extends z.ZodObject>({
  form,
  optionsFor,
  renderDocuments,
}: {
  form: SchemaForm<S>;
  optionsFor?: (name: string) => SelectOption[] | undefined;
  renderDocuments?: (control: DocumentsControl) => ReactNode;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  // Messages for no drawn field (the whole input, a path the server names differently) go in the summary.
  const drawn = fieldPaths(form.specs, form.values);
  const count = Object.keys(form.errors).filter((k) => drawn.has(k)).length;
  const general = Object.entries(form.errors).filter(([k]) => !drawn.has(k));

  useEffect(() => {
    if (form.errorRound === 0) return;
    const frame = requestAnimationFrame(() => {
      const invalid = box.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? summary.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [form.errorRound]);

  return (
    <SchemaFormContext.Provider value={{ ...form, optionsFor, renderDocuments }}>
      <Stack gap="md" ref={box}>
        {(count > 0 || general.length > 0) && (
          // Keyed by the round: a new alert element is announced again after each refused submit.
          <Alert key={form.errorRound} color="red" variant="light" role="alert" ref={summary} tabIndex={-1}>
            {count > 0 && t('caseForm.errorSummary', { count })}
            {general.map(([path, message]) => (
              <Text key={path} size="sm" mt="xs">
                {message}
              </Text>
            ))}
          </Alert>
        )}
        {form.specs.map((spec) => (
          <SchemaField key={spec.name} spec={spec} path={[spec.name]} />
        ))}
      </Stack>
    </SchemaFormContext.Provider>
  );
}
