import { useTranslation } from 'react-i18next';
import { useCan } from '../session/session-context';
import { NavItem } from './nav-item';

/** The staff area: home and the read-only reference pages. */
export function StaffNavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const canReadLegal = useCan('legal.read');
  return (
    <>
      <NavItem to="/staf" end label={t('nav.staffHome')} onNavigate={onNavigate} />
      <NavItem to="/staf/wilayah" label={t('nav.regions')} onNavigate={onNavigate} />
      <NavItem to="/staf/instansi" label={t('nav.agencies')} onNavigate={onNavigate} />
      <NavItem to="/staf/pemilu" label={t('nav.elections')} onNavigate={onNavigate} />
      {canReadLegal && (
        <NavItem to="/staf/katalog-hukum" label={t('nav.legalCatalogue')} onNavigate={onNavigate} />
      )}
    </>
  );
}
