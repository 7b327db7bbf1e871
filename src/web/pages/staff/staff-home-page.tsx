import { Alert, Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DescriptionRow } from '../../components/description-row';
import { LinkCardSection } from '../../components/link-card-section';
import { PageTitle } from '../../components/page-title';
import { DemoBadge } from '../../layout/demo-badge';
import { useCan, useStaffUser } from '../../session/session-context';
import { CaseLinks } from './case-links';
import { roleLabelKey } from './role-labels';
import { ScopeSummary } from './scope-summary';

/** Staff home: who you are, what you may see (role and scope), and the reference pages. */
export function StaffHomePage() {
  const { t } = useTranslation();
  const user = useStaffUser();
  const canReadLegal = useCan('legal.read');
  if (!user) return null;
  const links = [
    { to: '/staf/wilayah', label: t('nav.regions'), body: t('staffHome.regionsBody') },
    { to: '/staf/instansi', label: t('nav.agencies'), body: t('staffHome.agenciesBody') },
    { to: '/staf/pemilu', label: t('nav.elections'), body: t('staffHome.electionsBody') },
    ...(canReadLegal
      ? [{ to: '/staf/katalog-hukum', label: t('nav.legalCatalogue'), body: t('staffHome.legalBody') }]
      : []),
    { to: '/staf/tenggat', label: t('deadlineRules.nav'), body: t('deadlineRules.homeBody') },
  ];
  return (
    <Stack gap="xl">
      <div>
        <PageTitle documentTitle={t('staffHome.title')}>
          {t('staffHome.welcome', { name: user.name })}
        </PageTitle>
        {user.isDemo && (
          <Alert color="orange" variant="light" title={<DemoBadge />}>
            {t('staffHome.demoNotice')}
          </Alert>
        )}
      </div>

      <section aria-labelledby="staff-account">
        <Title order={2} id="staff-account" mb="sm">
          {t('staffHome.accountTitle')}
        </Title>
        <Card withBorder padding="lg">
          <dl style={{ margin: 0 }}>
            <DescriptionRow term={t('staffHome.role')}>{t(roleLabelKey(user.role))}</DescriptionRow>
            <DescriptionRow term={t('staffHome.email')}>{user.email}</DescriptionRow>
            <ScopeSummary roleScope={user} />
          </dl>
        </Card>
      </section>

      <CaseLinks role={user.role} />

      <LinkCardSection id="staff-reference" title={t('staffHome.referenceTitle')} links={links} />
    </Stack>
  );
}
