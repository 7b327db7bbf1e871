import { useTranslation } from 'react-i18next';
import { canReadCases, canUsePpkPortal } from '../pages/cases/case-roles';
import { useCan, useStaffUser } from '../session/session-context';
import { NavItem } from './nav-item';

/** The staff area: home, the cases (and the PPK portal for those who follow up), the reference pages. */
export function StaffNavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const canReadLegal = useCan('legal.read');
  const user = useStaffUser();
  return (
    <>
      <NavItem to="/staf" end label={t('nav.staffHome')} onNavigate={onNavigate} />
      {user && canReadCases(user.role) && (
        <NavItem to="/staf/kasus" label={t('nav.cases')} onNavigate={onNavigate} />
      )}
      {user && canUsePpkPortal(user.role) && (
        <NavItem to="/staf/ppk" label={t('nav.ppkPortal')} onNavigate={onNavigate} />
      )}
      <NavItem to="/staf/wilayah" label={t('nav.regions')} onNavigate={onNavigate} />
      <NavItem to="/staf/instansi" label={t('nav.agencies')} onNavigate={onNavigate} />
      <NavItem to="/staf/pemilu" label={t('nav.elections')} onNavigate={onNavigate} />
      {canReadLegal && (
        <NavItem to="/staf/katalog-hukum" label={t('nav.legalCatalogue')} onNavigate={onNavigate} />
      )}
      <NavItem to="/staf/tenggat" label={t('deadlineRules.nav')} onNavigate={onNavigate} />
    </>
  );
}
