import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupSpec, RepeatSpec } from './field-spec';
import { initialValues, type FormValues } from './form-values';
import { SchemaField } from './schema-field';
import { useSchemaFormState, valueAt } from './schema-form-context';

/** A nested object (the act, the intake) as a fieldset named by its legend. */
export function GroupField({ spec, path, label }: { spec: GroupSpec; path: string[]; label: string }) {
  return (
    <Fieldset legend={label}>
      <Stack gap="sm">
        {spec.fields.map((f) => (
          <SchemaField key={f.name} spec={f} path={[...path, f.name]} />
        ))}
      </Stack>
    </Fieldset>
  );
}

/** A list of objects: one numbered fieldset per item, with add and remove buttons named after the item. */
export function RepeatField({ spec, path, label }: { spec: RepeatSpec; path: string[]; label: string }) {
  const { t } = useTranslation();
  const state = useSchemaFormState();
  const raw = valueAt(state.values, path);
  const items = Array.isArray(raw) ? (raw as FormValues[]) : [];
  const error = state.errors[path.join('.')];
  const canRemove = items.length > Math.max(1, spec.minItems);
  const canAdd = spec.maxItems === undefined || items.length < spec.maxItems;
  return (
    <Stack gap="sm">
      {items.map((_, i) => {
        const itemLabel = t('caseForm.item', { label, n: i + 1 });
        return (
          <Fieldset key={i} legend={itemLabel}>
            <Stack gap="sm">
              {spec.item.map((f) => (
                <SchemaField key={f.name} spec={f} path={[...path, String(i), f.name]} />
              ))}
              {canRemove && (
                <Group>
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={() =>
                      state.onChange(
                        path,
                        items.filter((__, j) => j !== i),
                      )
                    }
                  >
                    {t('caseForm.remove', { item: itemLabel })}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
      {canAdd && (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => state.onChange(path, [...items, initialValues(spec.item)])}
          >
            {t('caseForm.add', { label })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
