import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineRuleView } from '../../../modules/cases/deadline-rule-api-schema';
import { DescriptionRow } from '../../components/description-row';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { DeadlineRuleForm } from './deadline-rule-form';
import { DeadlineRuleHistory } from './deadline-rule-history';
import { escalationText, periodText } from './period-text';

/** One rule: its values in force and shipped, why it may or may not change, the edit form, the history. */
export function DeadlineRuleDetail({
  rule,
  canManage,
  onSaved,
  onClose,
}: {
  rule: DeadlineRuleView;
  canManage: boolean;
  onSaved: (rule: DeadlineRuleView) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <dl style={{ margin: 0 }}>
        <DescriptionRow term={t('deadlineRules.period')}>{periodText(t, rule)}</DescriptionRow>
        <DescriptionRow term={t('deadlineRules.escalation')}>{escalationText(t, rule)}</DescriptionRow>
        <DescriptionRow term={t('deadlineRules.shipped')}>
          {periodText(t, rule.shipped)} · {escalationText(t, rule.shipped)}
        </DescriptionRow>
        <DescriptionRow term={t('deadlineRules.source')}>{rule.legalSource}</DescriptionRow>
        <DescriptionRow term={t('common.confidence')}>
          <ConfidenceBadge confidence={rule.confidence} />
        </DescriptionRow>
        {rule.note && <DescriptionRow term={t('deadlineRules.note')}>{rule.note}</DescriptionRow>}
      </dl>
      {!rule.editable ? (
        <Text size="sm">{t('deadlineRules.notEditable')}</Text>
      ) : canManage ? (
        <DeadlineRuleForm rule={rule} onSaved={onSaved} onCancel={onClose} />
      ) : (
        <Text size="sm">{t('deadlineRules.adminOnly')}</Text>
      )}
      <DeadlineRuleHistory rule={rule} />
      {!(rule.editable && canManage) && (
        <div>
          <Button variant="default" onClick={onClose}>
            {t('deadlineRules.close')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
