import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { useStaffUser } from '../../session/session-context';
import { PublicServiceCard } from './public-service-card';

/** The public front page: what Netra is and where to go. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useStaffUser();
  return (
    <Stack gap="xl">
      <div>
        <PageTitle documentTitle={t('home.documentTitle')}>{t('home.title')}</PageTitle>
        <Text size="lg" maw={760}>
          {t('home.lead')}
        </Text>
      </div>

      <section aria-labelledby="home-services">
        <Title order={2} id="home-services" mb="sm">
          {t('home.servicesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PublicServiceCard
            to="/lapor"
            title={t('home.reportTitle')}
            body={t('home.reportBody')}
            isComingSoon
          />
          <PublicServiceCard
            to="/lacak"
            title={t('home.trackTitle')}
            body={t('home.trackBody')}
            isComingSoon
          />
          <PublicServiceCard
            to="/statistik"
            title={t('home.statsTitle')}
            body={t('home.statsBody')}
            isComingSoon={false}
            links={[
              { to: '/statistik/ppk', label: t('stats.nav.league') },
              { to: '/statistik/rekonsiliasi', label: t('stats.nav.reconciliation') },
              { to: '/statistik/arsip', label: t('stats.nav.archive') },
            ]}
          />
        </SimpleGrid>
      </section>

      <section aria-labelledby="home-what">
        <Title order={2} id="home-what" mb="sm">
          {t('home.whatTitle')}
        </Title>
        <Stack gap="sm" maw={760}>
          <Text>{t('home.whatNeutrality')}</Text>
          <Text>{t('home.whatProcess')}</Text>
          <Text>{t('home.whatOpenSource')}</Text>
        </Stack>
      </section>

      <Paper component="section" aria-labelledby="home-staff" withBorder p="lg" bg="gray.0">
        <Title order={2} size="h3" id="home-staff" mb="xs">
          {t('home.staffTitle')}
        </Title>
        <Text mb="md">{t('home.staffBody')}</Text>
        {user ? (
          <Button component={Link} to="/staf">
            {t('home.staffOpen')}
          </Button>
        ) : (
          <Button component={Link} to="/masuk">
            {t('nav.login')}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}
