import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { RegulationsTab } from './regulations-tab';
import { SanctionTypesTab } from './sanction-types-tab';
import { ViolationFormsTab } from './violation-forms-tab';

const TABS = ['regulations', 'forms', 'sanctions'] as const;
type Tab = (typeof TABS)[number];

/** Staff only: regulations, forms of violation and types of sanction, each fact with how sure it is. */
export function LegalCataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((x) => x === asked) ?? 'regulations';
  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('legal.title')}>{t('legal.title')}</PageTitle>
        <Text maw={760}>{t('legal.lead')}</Text>
      </div>
      <Tabs
        value={tab}
        // A new tab starts with an empty search on its first page.
        onChange={(value) =>
          setParams(value && value !== 'regulations' ? { tab: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="regulations">{t('legal.regulations')}</Tabs.Tab>
          <Tabs.Tab value="forms">{t('legal.violationForms')}</Tabs.Tab>
          <Tabs.Tab value="sanctions">{t('legal.sanctionTypes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="regulations">
          <RegulationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="forms">
          <ViolationFormsTab />
        </Tabs.Panel>
        <Tabs.Panel value="sanctions">
          <SanctionTypesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
