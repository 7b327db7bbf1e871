import { Checkbox, MultiSelect, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListSpec } from './field-spec';
import { useSchemaFormState, valueAt } from './schema-form-context';

/** Several values: ticks for a fixed list, a searchable multi-select for catalogue codes, or documents. */
export function ListField({ spec, path, label }: { spec: ListSpec; path: string[]; label: string }) {
  const { t } = useTranslation();
  const state = useSchemaFormState();
  const raw = valueAt(state.values, path);
  const value = Array.isArray(raw) ? (raw as string[]) : [];
  const error = state.errors[path.join('.')];
  const onChange = (next: string[]) => state.onChange(path, next);
  const required = !spec.isOptional && spec.minItems > 0;

  if (spec.kind === 'documents') {
    if (!state.renderDocuments) return null;
    return <>{state.renderDocuments({ label, value, onChange, error, isRequired: required })}</>;
  }
  if (spec.kind === 'choices') {
    return (
      <Checkbox.Group label={label} value={value} onChange={onChange} error={error} required={required}>
        <Stack gap={6} mt={6}>
          {spec.options.map((o) => (
            <Checkbox key={o} value={o} label={state.labels.option(spec.name, o)} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  const options = state.optionsFor?.(spec.name);
  if (options) {
    return (
      <MultiSelect
        label={label}
        data={options}
        value={value}
        onChange={onChange}
        error={error}
        required={required}
        searchable
        clearable
        maxValues={spec.maxItems}
        nothingFoundMessage={t('caseForm.nothingFound')}
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  return (
    <Stack gap={4}>
      <TagsInput
        label={label}
        value={value}
        onChange={onChange}
        error={error}
        required={required}
        maxTags={spec.maxItems}
      />
      <Text size="xs" c="dimmed">
        {t('caseForm.tagsHint')}
      </Text>
    </Stack>
  );
}
