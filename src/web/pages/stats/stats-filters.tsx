import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATS_DIMENSIONS } from '../../../modules/stats/schema';
import { useApi } from '../../api/use-api';
import type { ListParams } from '../../routing/use-list-params';
import type { ElectionSummary } from '../reference/election-labels';
import { ProvinceFilter } from '../reference/province-filter';
import { dimensionOf } from './stats-query';

/** Election, province and breakdown, each kept in the address bar so a link shows the same figures. */
export function StatsFilters({ list }: { list: ListParams }) {
  const { t } = useTranslation();
  const { data: elections } = useApi<ElectionSummary[]>('/api/reference/elections');
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('stats.filters')}>
      <NativeSelect
        label={t('stats.election')}
        value={list.get('election')}
        onChange={(e) => list.setFilters({ election: e.currentTarget.value })}
        data={[
          { value: '', label: t('stats.allElections') },
          ...(elections ?? []).map((e) => ({ value: e.id, label: e.name })),
        ]}
        maw={320}
      />
      <ProvinceFilter value={list.get('province')} onChange={(code) => list.setFilters({ province: code })} />
      <NativeSelect
        label={t('stats.breakdown')}
        value={dimensionOf(list.get('by')) ?? ''}
        onChange={(e) => list.setFilters({ by: e.currentTarget.value })}
        data={[
          { value: '', label: t('stats.noBreakdown') },
          ...STATS_DIMENSIONS.map((d) => ({ value: d, label: t(`stats.dimensions.${d}`) })),
        ]}
      />
    </Group>
  );
}
