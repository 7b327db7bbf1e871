import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Licence line and the link to data credits, on every page. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box
      component="footer"
      px="md"
      py="lg"
      mt="xl"
      bg="gray.0"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('layout.footerLicence')}</Text>
        <Anchor component={Link} to="/tentang" size="sm">
          {t('layout.footerCredits')}
        </Anchor>
      </Group>
    </Box>
  );
}
