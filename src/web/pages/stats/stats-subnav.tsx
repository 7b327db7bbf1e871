import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useMatch } from 'react-router';

const PAGES = [
  { to: '/statistik', end: true, key: 'overview' },
  { to: '/statistik/ppk', end: false, key: 'league' },
  { to: '/statistik/rekonsiliasi', end: false, key: 'reconciliation' },
  { to: '/statistik/arsip', end: false, key: 'archive' },
] as const;

/** The election and area chosen on one statistics page carry over to the next. */
const CARRIED = ['election', 'province', 'regency'];

function SubnavLink({ to, end, label, search }: { to: string; end: boolean; label: string; search: string }) {
  const match = useMatch({ path: to, end });
  return (
    <Button
      component={Link}
      to={{ pathname: to, search }}
      variant={match ? 'light' : 'subtle'}
      size="compact-md"
      aria-current={match ? 'page' : undefined}
    >
      {label}
    </Button>
  );
}

/** The public statistics pages: overview, PPK follow-up, reconciliation, archive. */
export function StatsSubnav() {
  const { t } = useTranslation();
  const location = useLocation();
  const current = new URLSearchParams(location.search);
  const carried = new URLSearchParams();
  for (const name of CARRIED) {
    const value = current.get(name);
    if (value) carried.set(name, value);
  }
  const search = carried.toString() ? `?${carried.toString()}` : '';
  return (
    <nav aria-label={t('stats.nav.label')}>
      <Group gap={4}>
        {PAGES.map((p) => (
          <SubnavLink key={p.key} to={p.to} end={p.end} label={t(`stats.nav.${p.key}`)} search={search} />
        ))}
      </Group>
    </nav>
  );
}
