import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';
import { ProvinceFilter } from './province-filter';

/** Picks a province, then optionally one of its kabupaten/kota; reports the chosen code ('' for none). */
export function RegionPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const province = value.slice(0, 2);
  const { data } = useApi<{ items: Region[]; total: number }>(
    province ? `/api/reference/regions?level=regency&province=${province}&pageSize=200` : null,
  );
  return (
    <Group align="flex-end" gap="md">
      <ProvinceFilter value={province} onChange={onChange} />
      {province && (
        <NativeSelect
          label={t('regions.regencyFilter')}
          value={value.length > 2 ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || province)}
          data={[
            { value: '', label: t('regions.wholeProvince') },
            ...(data?.items ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
      )}
    </Group>
  );
}
