import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineRuleView } from '../../../modules/cases/deadline-rule-api-schema';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/use-language';
import { escalationText, periodText } from './period-text';

/** Every edit of one rule, newest first: the values set, why, by whom and when. */
export function DeadlineRuleHistory({ rule }: { rule: DeadlineRuleView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="deadline-rule-history">
      <Title order={3} size="h4" id="deadline-rule-history" mb="xs">
        {t('deadlineRules.history')}
      </Title>
      {rule.history.length === 0 ? (
        <Text size="sm">{t('deadlineRules.noHistory')}</Text>
      ) : (
        <List spacing="sm" size="sm">
          {rule.history.map((edit) => (
            <List.Item key={edit.seq}>
              <Text size="sm" fw={600}>
                {periodText(t, edit)} · {t('deadlineRules.escalation')}: {escalationText(t, edit)}
              </Text>
              <Text size="sm">{edit.reason}</Text>
              <Text size="xs">
                {t('deadlineRules.editedBy', {
                  name: edit.editedBy.name,
                  when: formatDateTime(edit.editedAt, language),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
