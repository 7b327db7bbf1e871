import { useTranslation } from 'react-i18next';
import { NavItem } from './nav-item';

/** The public pages: what anyone can open without an account. */
export function PublicNavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <NavItem to="/" end label={t('nav.home')} onNavigate={onNavigate} />
      <NavItem to="/lapor" label={t('nav.report')} onNavigate={onNavigate} />
      <NavItem to="/lacak" label={t('nav.track')} onNavigate={onNavigate} />
      <NavItem to="/statistik" label={t('nav.statistics')} onNavigate={onNavigate} />
      <NavItem to="/tentang" label={t('nav.about')} onNavigate={onNavigate} />
    </>
  );
}
