import { Anchor, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agency } from '../../../modules/reference/schema';
import { withQuery } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { SearchBox } from '../../components/search-box';
import { TablePager } from '../../components/table-pager';
import { useListParams } from '../../routing/use-list-params';
import { AGENCY_CATEGORY_KEYS, SUPERVISOR_KEYS } from './agency-labels';
import { ProvinceFilter } from './province-filter';

const PAGE_SIZE = 50;

/** Agencies (instansi) with their PPK and who supervises a PPK that does not act. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const kind = list.get('kind');
  const province = list.get('province');
  const q = list.get('q');
  const { data, error, isLoading, reload } = useApi<{ items: Agency[]; total: number }>(
    withQuery('/api/reference/agencies', { kind, province, q, page: list.page, pageSize: PAGE_SIZE }),
  );

  const columns: Column<Agency>[] = [
    {
      header: t('agencies.name'),
      isRowHeader: true,
      cell: (a) => (
        <>
          {a.name}
          {a.shortName && (
            <Text span size="sm" c="dimmed">
              {' '}
              ({a.shortName})
            </Text>
          )}
        </>
      ),
    },
    { header: t('agencies.category'), cell: (a) => t(AGENCY_CATEGORY_KEYS[a.category]) },
    {
      header: t('agencies.region'),
      cell: (a) =>
        a.regionCode ? (
          <Anchor component={Link} to={`/staf/wilayah/${a.regionCode}`} ff="monospace">
            {a.regionCode}
          </Anchor>
        ) : (
          '—'
        ),
    },
    { header: t('agencies.ppk'), cell: (a) => a.ppkTitle },
    { header: t('agencies.supervisor'), cell: (a) => t(SUPERVISOR_KEYS[a.supervisor]) },
    { header: t('common.confidence'), cell: (a) => <ConfidenceBadge confidence={a.confidence} /> },
  ];

  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('agencies.title')}>{t('agencies.title')}</PageTitle>
        <Text maw={760}>{t('agencies.lead')}</Text>
      </div>
      <Group align="flex-end" gap="md" role="search" aria-label={t('agencies.filters')}>
        <SearchBox
          label={t('agencies.search')}
          value={q}
          onSearch={(value) => list.setFilters({ q: value })}
        />
        <NativeSelect
          label={t('agencies.kind')}
          value={kind}
          onChange={(e) => {
            const next = e.currentTarget.value;
            list.setFilters(next === 'central' ? { kind: next, province: '' } : { kind: next });
          }}
          data={[
            { value: '', label: t('agencies.allKinds') },
            { value: 'regional', label: t('agencies.kinds.regional') },
            { value: 'central', label: t('agencies.kinds.central') },
          ]}
        />
        {/* Only regional governments belong to a province. */}
        {kind !== 'central' && (
          <ProvinceFilter value={province} onChange={(code) => list.setFilters({ province: code })} />
        )}
      </Group>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && (
        <>
          <DataTable
            caption={t('agencies.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(a) => a.code}
            emptyText={t('agencies.empty')}
            isBusy={isLoading}
            minWidth={860}
          />
          <TablePager page={list.page} pageSize={PAGE_SIZE} total={data.total} onPage={list.setPage} />
        </>
      )}
    </Stack>
  );
}
