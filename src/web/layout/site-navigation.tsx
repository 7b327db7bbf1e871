import { AppShell, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStaffUser } from '../session/session-context';
import { AccountSummary } from './account-summary';
import { PublicNavLinks } from './public-nav-links';
import { NAVBAR_ID } from './site-header';
import { StaffNavLinks } from './staff-nav-links';

/** The side navigation (a drawer on phones): public pages, and the staff area once signed in. */
export function SiteNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useStaffUser();
  return (
    <AppShell.Navbar id={NAVBAR_ID} p="sm" aria-label={t('layout.mainNav')}>
      <Stack gap={4}>
        <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm">
          {t('layout.publicSection')}
        </Text>
        <PublicNavLinks onNavigate={onNavigate} />
        {user && (
          <>
            <Divider my="sm" />
            <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm">
              {t('layout.staffSection')}
            </Text>
            <StaffNavLinks onNavigate={onNavigate} />
          </>
        )}
      </Stack>
      <Stack hiddenFrom="sm" mt="lg" px="sm">
        <Divider />
        <AccountSummary layout="column" />
      </Stack>
    </AppShell.Navbar>
  );
}
