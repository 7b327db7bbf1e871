import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ComingSoonBadge } from '../../components/coming-soon-badge';
import { PageTitle } from '../../components/page-title';

/** A placeholder for a public page that is planned: says what it will do, and that it is not there yet. */
export function ComingSoonPage({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="sm" align="center">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <ComingSoonBadge />
      </Group>
      <Text maw={700} mb="md">
        {description}
      </Text>
      <Text maw={700} mb="md">
        {t('comingSoon.body')}
      </Text>
      <Anchor component={Link} to="/">
        {t('common.backHome')}
      </Anchor>
    </>
  );
}
