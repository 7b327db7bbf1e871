import { Table, UnstyledButton } from '@mantine/core';
import type { SortDirection } from './league-sort';

/**
 * A column header that sorts the table: a button inside the header cell, and aria-sort on the cell, so a
 * screen reader says which column the rows follow and which way.
 */
export function SortHeader({
  label,
  direction,
  onSort,
}: {
  label: string;
  direction: SortDirection | undefined;
  onSort: () => void;
}) {
  const arrow = direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : '';
  return (
    <Table.Th scope="col" aria-sort={direction ?? 'none'} style={{ verticalAlign: 'bottom' }}>
      <UnstyledButton onClick={onSort} fw={700} fz="xs" style={{ textAlign: 'left' }}>
        {label}
        <span aria-hidden>{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
