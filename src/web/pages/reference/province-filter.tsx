import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProvinces } from './use-provinces';

/** A labelled menu of the provinces, with "all provinces" first. */
export function ProvinceFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  return (
    <NativeSelect
      label={t('regions.provinceFilter')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('regions.allProvinces') },
        ...provinces.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` })),
      ]}
    />
  );
}
