import { Checkbox, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from './field-spec';
import { ListField } from './list-field';
import { GroupField, RepeatField } from './nested-fields';
import { useSchemaFormState, valueAt } from './schema-form-context';

/** The label of a field as shown: its name in the UI language, "(opsional)" after an optional one. */
export function useShownLabel(spec: FieldSpec, path: string[]): string {
  const { t } = useTranslation();
  const { labels } = useSchemaFormState();
  const label = labels.label(path, spec.description);
  return spec.isOptional && spec.kind !== 'checkbox' ? `${label} (${t('caseForm.optional')})` : label;
}

/** One generated control, chosen by the field's kind; errors sit beside it and mark it invalid. */
export function SchemaField({ spec, path }: { spec: FieldSpec; path: string[] }) {
  const { t } = useTranslation();
  const state = useSchemaFormState();
  const label = useShownLabel(spec, path);
  const error = state.errors[path.join('.')];
  const value = valueAt(state.values, path);
  const text = typeof value === 'string' ? value : '';
  const set = (v: string | boolean) => state.onChange(path, v);
  const required = !spec.isOptional;
  const hint = state.labels.hint(spec.name);
  // What every text-like control (select, textarea, input) shares.
  const textControl = {
    label,
    value: text,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      set(e.currentTarget.value),
    error,
    required,
  };
  switch (spec.kind) {
    case 'group':
      return <GroupField spec={spec} path={path} label={label} />;
    case 'repeat':
      return <RepeatField spec={spec} path={path} label={label} />;
    case 'choices':
    case 'codes':
    case 'documents':
      return <ListField spec={spec} path={path} label={label} />;
    case 'confirm':
    case 'checkbox':
      return (
        <Checkbox
          // Mantine marks required text fields with a star but not checkboxes; the form's lead explains the star.
          label={
            spec.kind === 'confirm' ? (
              <>
                {label}{' '}
                <Text span c="var(--mantine-color-error)" aria-hidden>
                  *
                </Text>
              </>
            ) : (
              label
            )
          }
          checked={value === true}
          onChange={(e) => set(e.currentTarget.checked)}
          error={error}
          required={spec.kind === 'confirm'}
        />
      );
    case 'select':
      return (
        <NativeSelect
          {...textControl}
          data={[
            { value: '', label: t('caseForm.choose') },
            ...spec.options.map((o) => ({ value: o, label: state.labels.option(spec.name, o) })),
          ]}
        />
      );
    case 'textarea':
      return <Textarea {...textControl} autosize minRows={3} maxRows={12} />;
    default: {
      const options = state.optionsFor?.(spec.name);
      if (options) {
        return (
          <NativeSelect {...textControl} data={[{ value: '', label: t('caseForm.choose') }, ...options]} />
        );
      }
      return (
        <TextInput
          {...textControl}
          description={hint}
          type={spec.kind === 'date' ? 'date' : 'text'}
          inputMode={spec.kind === 'number' ? 'numeric' : undefined}
          maw={spec.kind === 'date' ? 220 : undefined}
        />
      );
    }
  }
}
