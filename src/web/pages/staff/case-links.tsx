import { useTranslation } from 'react-i18next';
import { LinkCardSection } from '../../components/link-card-section';
import type { StaffRole } from '../../../modules/identity/schema';
import { canReadCases, canRecordIntake, canUsePpkPortal } from '../cases/case-roles';

/** Staff home's links to case handling, by role: the inbox, recording a laporan or temuan, the PPK portal. */
export function CaseLinks({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  const links = [
    ...(canUsePpkPortal(role)
      ? [{ to: '/staf/ppk', label: t('nav.ppkPortal'), body: t('staffHome.ppkBody') }]
      : []),
    ...(canReadCases(role)
      ? [{ to: '/staf/kasus', label: t('nav.cases'), body: t('staffHome.casesBody') }]
      : []),
    ...(canRecordIntake(role)
      ? [{ to: '/staf/kasus/baru', label: t('cases.newIntake.title'), body: t('staffHome.intakeBody') }]
      : []),
  ];
  if (links.length === 0) return null;
  return <LinkCardSection id="staff-cases" title={t('staffHome.casesTitle')} links={links} />;
}
