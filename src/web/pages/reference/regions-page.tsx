import { Anchor, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Region } from '../../../modules/reference/schema';
import { withQuery } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { SearchBox } from '../../components/search-box';
import { TablePager } from '../../components/table-pager';
import { useListParams } from '../../routing/use-list-params';
import { ProvinceFilter } from './province-filter';
import { REGION_KIND_KEYS, REGION_LEVEL_KEYS } from './region-labels';

const PAGE_SIZE = 50;

/** Provinces and kabupaten/kota with their Kemendagri codes: filter by level and province, search by name. */
export function RegionsPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const level = list.get('level');
  const province = list.get('province');
  const q = list.get('q');
  const { data, error, isLoading, reload } = useApi<{ items: Region[]; total: number }>(
    withQuery('/api/reference/regions', { level, province, q, page: list.page, pageSize: PAGE_SIZE }),
  );

  const columns: Column<Region>[] = [
    { header: t('regions.code'), cell: (r) => <Text ff="monospace">{r.code}</Text> },
    {
      header: t('regions.name'),
      isRowHeader: true,
      cell: (r) => (
        <Anchor component={Link} to={`/staf/wilayah/${r.code}`}>
          {r.name}
        </Anchor>
      ),
    },
    { header: t('regions.level'), cell: (r) => t(REGION_LEVEL_KEYS[r.level]) },
    { header: t('regions.kind'), cell: (r) => t(REGION_KIND_KEYS[r.kind]) },
    {
      header: t('regions.autonomous'),
      cell: (r) => (r.isAutonomous ? t('common.yes') : t('regions.administrative')),
    },
  ];

  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('regions.title')}>{t('regions.title')}</PageTitle>
        <Text maw={760}>{t('regions.lead')}</Text>
      </div>
      <Group align="flex-end" gap="md" role="search" aria-label={t('regions.filters')}>
        <SearchBox
          label={t('regions.search')}
          value={q}
          onSearch={(value) => list.setFilters({ q: value })}
        />
        <NativeSelect
          label={t('regions.level')}
          value={level}
          onChange={(e) => list.setFilters({ level: e.currentTarget.value })}
          data={[
            { value: '', label: t('regions.allLevels') },
            { value: 'province', label: t('regions.levels.province') },
            { value: 'regency', label: t('regions.levels.regency') },
          ]}
        />
        <ProvinceFilter value={province} onChange={(code) => list.setFilters({ province: code })} />
      </Group>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && (
        <>
          <DataTable
            caption={t('regions.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.code}
            emptyText={t('regions.empty')}
            isBusy={isLoading}
          />
          <TablePager page={list.page} pageSize={PAGE_SIZE} total={data.total} onPage={list.setPage} />
        </>
      )}
    </Stack>
  );
}
