import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PpkLeague } from '../../../../modules/stats/league-schema';
import { SearchBox } from '../../../components/search-box';
import { TablePager } from '../../../components/table-pager';
import { useClientList } from '../../../components/use-client-list';
import { useLanguage } from '../../../i18n/use-language';
import { leagueCellText } from './league-cells';
import {
  LEAGUE_TABLE_COLUMNS,
  sortLeague,
  type LeagueRow,
  type LeagueSortKey,
  type SortDirection,
} from './league-sort';
import { SortHeader } from './sort-header';

const PAGE_SIZE = 25;
const agencyText = (r: LeagueRow) => `${r.agencyName} ${r.agencyCode}`;

/** Every agency's follow-up record, sortable by any column, searchable by name, 25 rows a page. */
export function LeagueTable({ league }: { league: PpkLeague }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sort, setSort] = useState<{ key: LeagueSortKey; direction: SortDirection } | null>(null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const sorted = useMemo(
    () => (sort ? sortLeague(league.rows, sort.key, sort.direction) : league.rows),
    [league.rows, sort],
  );
  const { rows, total } = useClientList(sorted, agencyText, q, page, PAGE_SIZE);
  const sortBy = (key: LeagueSortKey) => {
    // Counts and rates start with the largest, names with A.
    const first: SortDirection = key === 'agency' ? 'ascending' : 'descending';
    const flipped: SortDirection = sort?.direction === 'ascending' ? 'descending' : 'ascending';
    setSort({ key, direction: sort?.key === key ? flipped : first });
    setPage(1);
  };
  const directionOf = (key: LeagueSortKey) => (sort?.key === key ? sort.direction : undefined);
  return (
    <Stack gap="sm">
      <SearchBox
        label={t('stats.league.search')}
        value={q}
        onSearch={(text) => {
          setQ(text);
          setPage(1);
        }}
      />
      {total === 0 ? (
        <Text role="status">{t('stats.league.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover horizontalSpacing="xs" fz="sm">
            <Table.Caption>
              <VisuallyHidden>{t('stats.league.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <SortHeader
                  label={t('stats.league.agency')}
                  direction={directionOf('agency')}
                  onSort={() => sortBy('agency')}
                />
                {LEAGUE_TABLE_COLUMNS.map((c) => (
                  <SortHeader
                    key={c}
                    label={t(`stats.league.columns.${c}`)}
                    direction={directionOf(c)}
                    onSort={() => sortBy(c)}
                  />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {/* The totals first, as in the CSV; never sorted or paged away. */}
              <Table.Tr fw={700}>
                <Table.Th scope="row">{t('stats.league.total')}</Table.Th>
                {LEAGUE_TABLE_COLUMNS.map((c) => (
                  <Table.Td key={c}>{leagueCellText(league.totals, c, language)}</Table.Td>
                ))}
              </Table.Tr>
              {rows.map((r) => (
                <Table.Tr key={r.agencyCode}>
                  <Table.Th scope="row" fw={400} miw={170}>
                    {r.agencyName}
                  </Table.Th>
                  {LEAGUE_TABLE_COLUMNS.map((c) => (
                    <Table.Td key={c}>{leagueCellText(r.figures, c, language)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TablePager page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
    </Stack>
  );
}
