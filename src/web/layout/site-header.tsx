import { AppShell, Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStaffUser } from '../session/session-context';
import { AccountSummary } from './account-summary';
import { DemoBadge } from './demo-badge';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';

export const NAVBAR_ID = 'site-navigation';

/** Brand, menu button (phones), account and language switch. */
export function SiteHeader({ isMenuOpen, onToggleMenu }: { isMenuOpen: boolean; onToggleMenu: () => void }) {
  const { t } = useTranslation();
  const user = useStaffUser();
  const reduceMotion = useReducedMotion();
  return (
    <AppShell.Header px="md">
      <Group h="100%" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={isMenuOpen}
            onClick={onToggleMenu}
            hiddenFrom="sm"
            size="sm"
            transitionDuration={reduceMotion ? 0 : 300}
            aria-label={isMenuOpen ? t('layout.closeMenu') : t('layout.openMenu')}
            aria-expanded={isMenuOpen}
            aria-controls={NAVBAR_ID}
          />
          <UnstyledButton component={Link} to="/" aria-label={t('layout.homeLink')}>
            <Text fw={800} size="xl" c="blue.9" lh={1}>
              Netra
            </Text>
          </UnstyledButton>
          <Text size="sm" c="dimmed" visibleFrom="md">
            {t('app.tagline')}
          </Text>
        </Group>
        <Group gap="md" wrap="nowrap">
          {user?.isDemo && (
            <Group hiddenFrom="sm">
              <DemoBadge />
            </Group>
          )}
          {user && <NotificationBell />}
          <Group visibleFrom="sm">
            <AccountSummary layout="row" />
          </Group>
          <LanguageSwitch />
        </Group>
      </Group>
    </AppShell.Header>
  );
}
