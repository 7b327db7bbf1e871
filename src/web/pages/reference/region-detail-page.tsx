import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegionDetail } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { DescriptionRow } from '../../components/description-row';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { ReferenceBreadcrumbs, type Crumb } from './reference-breadcrumbs';
import { REGION_KIND_KEYS, REGION_LEVEL_KEYS } from './region-labels';
import { RegionParticipationTable } from './region-participation-table';

/** One region: its codes, its PPK, the elections it holds and the regions inside it. */
export function RegionDetailPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const {
    data: region,
    error,
    reload,
  } = useApi<RegionDetail>(`/api/reference/regions/${encodeURIComponent(code)}`);

  if (error) {
    return (
      <>
        <PageTitle documentTitle={t('regions.title')}>{t('regions.title')}</PageTitle>
        <ErrorState error={error} onRetry={reload} />
      </>
    );
  }
  if (!region || region.code !== code) return <LoadingState />;

  const crumbs: Crumb[] = [{ label: t('regions.title'), to: '/staf/wilayah' }];
  if (region.parent) crumbs.push({ label: region.parent.name, to: `/staf/wilayah/${region.parent.code}` });
  crumbs.push({ label: region.name });

  return (
    <Stack gap="lg">
      <div>
        <ReferenceBreadcrumbs crumbs={crumbs} />
        <PageTitle documentTitle={region.name}>{region.name}</PageTitle>
      </div>
      <Card withBorder padding="lg">
        <dl style={{ margin: 0 }}>
          <DescriptionRow term={t('regions.code')}>{region.code}</DescriptionRow>
          <DescriptionRow term={t('regions.level')}>{t(REGION_LEVEL_KEYS[region.level])}</DescriptionRow>
          <DescriptionRow term={t('regions.kind')}>{t(REGION_KIND_KEYS[region.kind])}</DescriptionRow>
          <DescriptionRow term={t('regions.autonomous')}>
            {region.isAutonomous ? t('common.yes') : t('regions.administrative')}
          </DescriptionRow>
          <DescriptionRow term={t('regions.ppk')}>
            {region.ppkAgency ? `${region.ppkAgency.ppkTitle}, ${region.ppkAgency.name}` : '—'}
          </DescriptionRow>
        </dl>
      </Card>

      <section aria-labelledby="region-participation">
        <Title order={2} size="h3" id="region-participation" mb="sm">
          {t('regions.participationTitle')}
        </Title>
        <RegionParticipationTable regionCode={region.code} rows={region.participation} />
      </section>

      {region.children.length > 0 && (
        <section aria-labelledby="region-children">
          <Title order={2} size="h3" id="region-children" mb="sm">
            {t('regions.childrenTitle', { count: region.children.length })}
          </Title>
          <DataTable
            caption={t('regions.childrenTitle', { count: region.children.length })}
            rows={region.children}
            rowKey={(r) => r.code}
            emptyText=""
            minWidth={400}
            columns={[
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
              { header: t('regions.kind'), cell: (r) => t(REGION_KIND_KEYS[r.kind]) },
            ]}
          />
        </section>
      )}
    </Stack>
  );
}
