import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Read as the row's header by screen readers (usually the name column). */
  isRowHeader?: boolean;
}

/**
 * A table with a caption (read out, visually hidden), scrolling sideways on a phone instead of squeezing.
 * `isBusy` marks it while newer rows load, so the old ones stay readable.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText,
  isBusy = false,
  minWidth = 640,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyText: string;
  isBusy?: boolean;
  minWidth?: number;
}) {
  if (rows.length === 0) {
    return (
      <Text py="md" role="status">
        {emptyText}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover aria-busy={isBusy} style={{ opacity: isBusy ? 0.6 : 1 }}>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.header} scope="col">
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) =>
                c.isRowHeader ? (
                  <Table.Th key={c.header} scope="row" fw={400}>
                    {c.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={c.header}>{c.cell(row)}</Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
