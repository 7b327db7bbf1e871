import { Badge, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DescriptionRow } from '../../components/description-row';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { DemoBadge } from '../../layout/demo-badge';
import { AgencyName } from '../reference/agency-name';
import { RegionName } from '../reference/region-name';
import { useElectionNames } from '../reference/use-election-names';
import { stateLabel } from './case-labels';
import { usePhaseOptions, type CodeFieldOptions } from './use-case-reference';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';

/**
 * What the case is about: state, election, place and day of the act, agency, violation forms. An outcome is
 * named after the closed state it ends in (states.ts), so it shares that state's label.
 */
export function CaseSummary({ detail, codeOptions }: { detail: CaseDetail; codeOptions: CodeFieldOptions }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const electionName = useElectionNames();
  // Names, not codes: a reader should not need the catalogue beside the case. Codes until the names load.
  const phases = new Map(usePhaseOptions(detail.electionId).map((o) => [o.value, o.label]));
  const forms = new Map(codeOptions.violationFormCodes?.map((o) => [o.value, o.label]));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="case-summary">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="case-summary">
          {t('cases.summary.title')}
        </Title>
        {detail.isDemo && <DemoBadge />}
      </Group>
      <dl style={{ margin: 0 }}>
        <DescriptionRow term={t('cases.summary.state')}>
          <Text span fw={700}>
            {stateLabel(detail.state, language)}
          </Text>
        </DescriptionRow>
        {detail.outcome && (
          <DescriptionRow term={t('cases.summary.outcome')}>
            {stateLabel(detail.outcome, language)}
          </DescriptionRow>
        )}
        <DescriptionRow term={t('cases.summary.election')}>{electionName(detail.electionId)}</DescriptionRow>
        <DescriptionRow term={t('cases.summary.region')}>
          <RegionName code={detail.regionCode} />
        </DescriptionRow>
        <DescriptionRow term={t('cases.summary.agency')}>
          {detail.agencyCode ? <AgencyName code={detail.agencyCode} /> : '—'}
        </DescriptionRow>
        <DescriptionRow term={t('cases.summary.actDate')}>
          {formatDate(detail.actDate, language)}
        </DescriptionRow>
        <DescriptionRow term={t('cases.summary.actPlace')}>{detail.actPlace}</DescriptionRow>
        {detail.actKnownOn && (
          <DescriptionRow term={t('cases.summary.actKnownOn')}>
            {formatDate(detail.actKnownOn, language)}
          </DescriptionRow>
        )}
        <DescriptionRow term={t('cases.summary.phase')}>
          {detail.phaseCode ? (phases.get(detail.phaseCode) ?? detail.phaseCode) : '—'}
        </DescriptionRow>
        <DescriptionRow term={t('cases.summary.violationForms')}>
          {detail.violationFormCodes.length
            ? detail.violationFormCodes.map((code) => <Text key={code}>{forms.get(code) ?? code}</Text>)
            : '—'}
        </DescriptionRow>
        {detail.ppkConflicted && (
          <DescriptionRow term={t('cases.summary.ppk')}>
            <Badge color="red.9" variant="outline" radius="sm" tt="none">
              {t('cases.summary.ppkConflicted')}
            </Badge>
          </DescriptionRow>
        )}
      </dl>
    </Card>
  );
}
