import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../modules/cases/case-api-schema';
import { DataTable, type Column } from '../../components/data-table';
import { useLanguage } from '../../i18n/use-language';
import { stateLabel } from './case-labels';
import { DeadlineText } from './deadline-text';
import { formatDateTime } from '../../format/date-time';

// Codes read as one token: never split "NTR-2024-000123" or "pemda-33.03" across lines.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Cases as rows: reference number (link to the case), state, region, agency, deadline, last change. */
export function InboxTable({
  rows,
  caption,
  emptyText,
  isBusy,
}: {
  rows: CaseSummary[];
  caption: string;
  emptyText: string;
  isBusy: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: Column<CaseSummary>[] = [
    {
      header: t('cases.columns.reference'),
      isRowHeader: true,
      cell: (c) => (
        <Anchor component={Link} to={`/staf/kasus/${c.id}`} ff="monospace" fw={600} style={NO_WRAP}>
          {c.referenceNumber}
        </Anchor>
      ),
    },
    { header: t('cases.columns.state'), cell: (c) => stateLabel(c.state, language) },
    { header: t('cases.columns.region'), cell: (c) => <Text ff="monospace">{c.regionCode}</Text> },
    {
      header: t('cases.columns.agency'),
      cell: (c) => (
        <Text ff="monospace" style={NO_WRAP}>
          {c.agencyCode ?? '—'}
        </Text>
      ),
    },
    { header: t('cases.columns.deadline'), cell: (c) => <DeadlineText clock={c.deadline} /> },
    { header: t('cases.columns.updated'), cell: (c) => formatDateTime(c.updatedAt, language) },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      emptyText={emptyText}
      isBusy={isBusy}
      minWidth={860}
    />
  );
}
