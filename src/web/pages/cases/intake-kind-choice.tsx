import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_CHANNELS } from '../../../modules/cases/case-api-schema';
import { valueAt, type SchemaFormState } from '../../forms/schema-form-context';
import type { IntakeKind } from './intake-forms';

/**
 * Laporan or temuan, as radio buttons above an intake form. What was typed stays when the kind changes, except a
 * channel the laporan form does not offer: patrol and social media yield a temuan only.
 */
export function IntakeKindChoice({
  kind,
  form,
  onChange,
}: {
  kind: IntakeKind;
  form: Pick<SchemaFormState, 'values' | 'onChange'>;
  onChange: (kind: IntakeKind) => void;
}) {
  const { t } = useTranslation();
  const choose = (next: string) => {
    const k = next === 'laporan' ? 'laporan' : 'temuan';
    const channel = valueAt(form.values, ['intake', 'channel']);
    if (k === 'laporan' && !(REPORT_CHANNELS as readonly unknown[]).includes(channel))
      form.onChange(['intake', 'channel'], '');
    onChange(k);
  };
  return (
    <Radio.Group label={t('cases.newIntake.kind')} value={kind} onChange={choose} required>
      <Stack gap="xs" mt="xs">
        <Radio value="laporan" label={t('cases.newIntake.kinds.laporan')} />
        <Radio value="temuan" label={t('cases.newIntake.kinds.temuan')} />
      </Stack>
    </Radio.Group>
  );
}
