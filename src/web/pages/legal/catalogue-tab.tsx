import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/data-table';
import { SearchBox } from '../../components/search-box';
import { TablePager } from '../../components/table-pager';
import { useClientList } from '../../components/use-client-list';
import { useListParams } from '../../routing/use-list-params';

const PAGE_SIZE = 25;

/** One catalogue of the legal tabs: a search box, the table and its pages. */
export function CatalogueTab<Row>({
  items,
  columns,
  rowKey,
  textOf,
  caption,
  searchLabel,
}: {
  items: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  textOf: (row: Row) => string;
  caption: string;
  searchLabel: string;
}) {
  const { t } = useTranslation();
  const list = useListParams();
  const q = list.get('q');
  const { rows, total } = useClientList(items, textOf, q, list.page, PAGE_SIZE);
  return (
    <Stack gap="md" pt="md">
      <div role="search" aria-label={caption}>
        <SearchBox label={searchLabel} value={q} onSearch={(value) => list.setFilters({ q: value })} />
      </div>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        emptyText={t('legal.empty')}
        minWidth={800}
      />
      <TablePager page={list.page} pageSize={PAGE_SIZE} total={total} onPage={list.setPage} />
    </Stack>
  );
}
