import { useTranslation } from 'react-i18next';
import type { RoleScope } from '../../../modules/identity/schema';
import { DescriptionRow } from '../../components/description-row';
import { RegionName } from '../reference/region-name';
import { bknOfficeName } from './bkn-office-name';

/** What part of the country, or which office or agency, a staff member's records are limited to. */
export function ScopeSummary({ roleScope }: { roleScope: RoleScope }) {
  const { t } = useTranslation();
  const term = t('scope.title');
  switch (roleScope.role) {
    case 'bawaslu_staf':
    case 'bawaslu_pimpinan': {
      const { scope } = roleScope;
      if (scope.bawasluLevel === 'ri')
        return <DescriptionRow term={term}>{t('scope.bawasluRi')}</DescriptionRow>;
      const level =
        scope.bawasluLevel === 'provinsi' ? t('scope.bawasluProvince') : t('scope.bawasluRegency');
      return (
        <DescriptionRow term={term}>
          {level}: <RegionName code={scope.regionCode} />
        </DescriptionRow>
      );
    }
    case 'bkn_analis':
    case 'bkn_pejabat':
      return <DescriptionRow term={term}>{bknOfficeName(roleScope.scope.bknOffice, t)}</DescriptionRow>;
    case 'ppk_staf': {
      const code = roleScope.scope.agencyCode;
      const region = /^pemda-(.+)$/.exec(code)?.[1];
      return (
        <DescriptionRow term={term}>
          {region ? (
            <>
              {t('scope.regionalGovernment')}: <RegionName code={region} />
            </>
          ) : (
            t('scope.centralAgency', { code })
          )}
        </DescriptionRow>
      );
    }
    case 'supervisor_kemendagri':
    case 'ombudsman_pengawas': {
      const code = roleScope.scope.regionCode;
      return (
        <DescriptionRow term={term}>{code ? <RegionName code={code} /> : t('scope.national')}</DescriptionRow>
      );
    }
    default:
      return <DescriptionRow term={term}>{t('scope.national')}</DescriptionRow>;
  }
}
