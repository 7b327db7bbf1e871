import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../modules/cases/case-api-schema';
import { DescriptionRow } from '../../components/description-row';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { DEADLINE_STAGE_KEYS } from './case-labels';
import { deadlineStatus, jakartaToday } from './deadline-status';
import { DeadlineText } from './deadline-text';

/** The running deadline: due day and how it stands, escalation day, the rule and stage it comes from. */
export function DeadlineClock({ clock }: { clock: CaseSummary['deadline'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = deadlineStatus(clock, jakartaToday());
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="case-deadline">
      <Title order={2} size="h3" id="case-deadline" mb="sm">
        {t('cases.deadline.title')}
      </Title>
      {!clock ? (
        <Text>{t('cases.deadline.noneRunning')}</Text>
      ) : (
        <dl style={{ margin: 0 }}>
          <DescriptionRow term={t('cases.deadline.dueOn')}>
            <DeadlineText clock={clock} />
          </DescriptionRow>
          {status.kind === 'on_track' && (
            <DescriptionRow term={t('cases.deadline.left')}>
              {t('cases.deadline.daysLeft', { count: status.days })}
            </DescriptionRow>
          )}
          <DescriptionRow term={t('cases.deadline.escalateOn')}>
            {clock.escalateOn ? formatDate(clock.escalateOn, language) : t('cases.deadline.noEscalation')}
            {clock.escalationDue && ` (${t('cases.deadline.escalationDue')})`}
          </DescriptionRow>
          <DescriptionRow term={t('cases.deadline.stage')}>
            {t(DEADLINE_STAGE_KEYS[clock.stage])}
          </DescriptionRow>
          <DescriptionRow term={t('cases.deadline.startedOn')}>
            {formatDate(clock.startedOn, language)}
          </DescriptionRow>
          <DescriptionRow term={t('cases.deadline.rule')}>
            <Text span ff="monospace">
              {clock.ruleId}
            </Text>
          </DescriptionRow>
        </dl>
      )}
    </Card>
  );
}
