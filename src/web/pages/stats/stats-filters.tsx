import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { jakartaToday } from '../../format/dates';
import type { ListParams } from '../../routing/use-list-params';
import type { ElectionSummary } from '../reference/election-labels';
import { RegionPicker } from '../reference/region-picker';
import type { StatsFilter } from './stats-query';

export type StatsFilterField = 'election' | 'region' | 'asOf';

/**
 * Election, area (province, then kab/kota) and the counting day, each kept in the address bar so a link shows
 * the same figures. No counting day means today; a day in the future is not offered (the API refuses it).
 */
export function StatsFilters({
  filter,
  list,
  fields = ['election', 'region', 'asOf'],
  isElectionRequired = false,
}: {
  filter: StatsFilter;
  list: ListParams;
  fields?: readonly StatsFilterField[];
  isElectionRequired?: boolean;
}) {
  const { t } = useTranslation();
  const { data: elections } = useApi<ElectionSummary[]>('/api/reference/elections');
  const today = jakartaToday();
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('stats.filters')}>
      {fields.includes('election') && (
        <NativeSelect
          label={t('stats.election')}
          value={filter.election}
          onChange={(e) => list.setFilters({ election: e.currentTarget.value })}
          data={[
            { value: '', label: isElectionRequired ? t('stats.chooseElection') : t('stats.allElections') },
            ...(elections ?? []).map((e) => ({ value: e.id, label: e.name })),
          ]}
          // Wide enough for "Pemilihan Kepala Daerah Serentak 2020"; a phone's row is narrower and wins.
          maw={{ base: '100%', sm: 440 }}
        />
      )}
      {fields.includes('region') && (
        <RegionPicker
          value={filter.regency || filter.province}
          onChange={(code) =>
            list.setFilters({ province: code.slice(0, 2), regency: code.length > 2 ? code : '' })
          }
        />
      )}
      {fields.includes('asOf') && (
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            type="date"
            label={t('stats.asOf')}
            // Today is shown, not an empty box: the figures count to today unless a past day is chosen.
            value={filter.asOf || today}
            max={today}
            onChange={(e) => {
              const value = e.currentTarget.value;
              list.setFilters({ asOf: value && value < today ? value : '' });
            }}
          />
          {filter.asOf && (
            <Button variant="default" onClick={() => list.setFilters({ asOf: '' })}>
              {t('stats.asOfReset')}
            </Button>
          )}
        </Group>
      )}
    </Group>
  );
}
