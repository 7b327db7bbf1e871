import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { ZElectionDetail } from '../../../modules/reference/schema';
import { withQuery } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { DescriptionRow } from '../../components/description-row';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { useListParams } from '../../routing/use-list-params';
import { ELECTION_TYPE_KEYS, regionsHoldingText } from './election-labels';
import { ElectionPhasesTable } from './election-phases-table';
import { ReferenceBreadcrumbs } from './reference-breadcrumbs';
import { RegionPicker } from './region-picker';

type ElectionDetail = z.infer<typeof ZElectionDetail>;

/** One election: its facts and its phase calendar, nationally or with one region's own dates. */
export function ElectionDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const list = useListParams();
  const region = list.get('region');
  const {
    data: election,
    error,
    isLoading,
    reload,
  } = useApi<ElectionDetail>(withQuery(`/api/reference/elections/${encodeURIComponent(id)}`, { region }));

  if (error && !election) {
    return (
      <>
        <PageTitle documentTitle={t('elections.title')}>{t('elections.title')}</PageTitle>
        <ErrorState error={error} onRetry={reload} />
      </>
    );
  }
  if (!election || election.id !== id) return <LoadingState />;

  const holds = election.region?.holdsElection;
  return (
    <Stack gap="lg">
      <div>
        <ReferenceBreadcrumbs
          crumbs={[{ label: t('elections.title'), to: '/staf/pemilu' }, { label: election.name }]}
        />
        <PageTitle documentTitle={election.name}>{election.name}</PageTitle>
      </div>
      <Card withBorder padding="lg">
        <dl style={{ margin: 0 }}>
          <DescriptionRow term={t('elections.type')}>{t(ELECTION_TYPE_KEYS[election.type])}</DescriptionRow>
          <DescriptionRow term={t('elections.votingDate')}>
            {election.votingDate ? formatDate(election.votingDate, language) : '—'}
          </DescriptionRow>
          <DescriptionRow term={t('elections.regionsHolding')}>
            {regionsHoldingText(election.regionsHolding, t)}
          </DescriptionRow>
          {election.regulation && (
            <DescriptionRow term={t('elections.regulation')}>{election.regulation}</DescriptionRow>
          )}
        </dl>
        {election.note && (
          <Text size="sm" mt="xs">
            {election.note}
          </Text>
        )}
      </Card>

      <section aria-labelledby="election-phases">
        <Title order={2} size="h3" id="election-phases" mb="sm">
          {t('elections.phasesTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('elections.regionHint')}
        </Text>
        <RegionPicker value={region} onChange={(code) => list.setFilters({ region: code })} />
        {error && <ErrorState error={error} onRetry={reload} />}
        {election.region && (
          <Group mt="md" gap="xs" role="status" aria-busy={isLoading}>
            <Text>
              <strong>{election.region.name}</strong>:{' '}
              {holds === null || holds === undefined
                ? t('elections.regionHoldsUnknown')
                : holds
                  ? t('elections.regionHolds')
                  : t('elections.regionDoesNotHold')}
            </Text>
            {election.region.confidence && <ConfidenceBadge confidence={election.region.confidence} />}
          </Group>
        )}
        <Stack mt="md">
          <ElectionPhasesTable phases={election.phases} />
        </Stack>
      </section>
    </Stack>
  );
}
