import { Anchor, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { DemoBadge } from '../../layout/demo-badge';
import { DataCredit } from './data-credit';
import { WILAYAH_BOUNDARIES_MIT_NOTICE } from './wilayah-boundaries-licence';

/** What Netra is, its own licence, and the credits its data licences require (ODbL, MIT). */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <div>
        <PageTitle documentTitle={t('about.title')}>{t('about.title')}</PageTitle>
        <Text maw={760}>{t('about.lead')}</Text>
      </div>

      <section aria-labelledby="about-licence">
        <Title order={2} id="about-licence" mb="sm">
          {t('about.licenceTitle')}
        </Title>
        <Text maw={760} mb="xs">
          {t('about.licenceBody')}
        </Text>
        <Anchor href="https://www.gnu.org/licenses/agpl-3.0.html" target="_blank" rel="noopener noreferrer">
          {t('about.licenceLink')}
        </Anchor>
      </section>

      <section aria-labelledby="about-data">
        <Title order={2} id="about-data" mb="sm">
          {t('about.dataTitle')}
        </Title>
        <Stack gap="md">
          <DataCredit
            title={t('about.regionsTitle')}
            credit="© fityannugroho/idn-area-data contributors, ODbL"
            body={t('about.regionsBody')}
            links={[
              { label: t('about.regionsSourceLink'), href: 'https://github.com/fityannugroho/idn-area-data' },
              { label: t('about.odblLink'), href: 'https://opendatacommons.org/licenses/odbl/1-0/' },
            ]}
          />
          <DataCredit
            title={t('about.boundariesTitle')}
            credit={t('about.boundariesCredit')}
            body={t('about.boundariesBody')}
            links={[
              {
                label: t('about.boundariesSourceLink'),
                href: 'https://github.com/cahyadsn/wilayah_boundaries',
              },
            ]}
          >
            <details>
              <summary>{t('about.mitNoticeSummary')}</summary>
              <Code block mt="xs" lang="en">
                {WILAYAH_BOUNDARIES_MIT_NOTICE}
              </Code>
            </details>
          </DataCredit>
          <DataCredit
            title={t('about.holidaysTitle')}
            credit={t('about.holidaysCredit')}
            body={t('about.holidaysBody')}
            links={[]}
          />
        </Stack>
      </section>

      <section aria-labelledby="about-demo">
        <Title order={2} id="about-demo" mb="sm">
          {t('about.demoTitle')}
        </Title>
        <Group gap="sm" align="flex-start" wrap="nowrap" maw={760}>
          <DemoBadge />
          <Text>{t('about.demoBody')}</Text>
        </Group>
      </section>
    </Stack>
  );
}
