import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionDetail } from '../../../modules/reference/schema';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { DataTable } from '../../components/data-table';
import { useElectionNames } from './use-election-names';

type Participation = RegionDetail['participation'][number];

/** Per election: does this region hold it? Unknown stays "not known", never a guess. */
export function RegionParticipationTable({
  regionCode,
  rows,
}: {
  regionCode: string;
  rows: Participation[];
}) {
  const { t } = useTranslation();
  const electionName = useElectionNames();
  const holds = (p: Participation) =>
    p.holdsElection === null
      ? t('regions.participationUnknown')
      : p.holdsElection
        ? t('common.yes')
        : t('common.no');
  return (
    <DataTable
      caption={t('regions.participationTitle')}
      rows={rows}
      rowKey={(p) => p.electionId}
      emptyText={t('regions.participationEmpty')}
      minWidth={400}
      columns={[
        {
          header: t('regions.election'),
          isRowHeader: true,
          cell: (p) => (
            <Anchor component={Link} to={`/staf/pemilu/${p.electionId}?region=${regionCode}`}>
              {electionName(p.electionId)}
            </Anchor>
          ),
        },
        { header: t('regions.holdsElection'), cell: holds },
        {
          header: t('common.confidence'),
          cell: (p) => (p.confidence ? <ConfidenceBadge confidence={p.confidence} /> : '—'),
        },
      ]}
    />
  );
}
