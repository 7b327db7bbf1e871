import { Button, Group, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ZUpdateDeadlineRuleInput,
  type DeadlineRuleView,
} from '../../../modules/cases/deadline-rule-api-schema';
import { apiPut } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { schemaMessage } from '../../forms/custom-messages';
import { useIssueTexts } from '../../forms/use-issue-texts';
import { apiFieldErrors, validateInput, type FieldErrors } from '../../forms/validate-input';
import { useLanguage } from '../../i18n/use-language';
import { FormError } from '../login/form-error';

interface Values {
  days: string;
  count: string;
  escalateAfterDays: string;
  reason: string;
}

const numberOrEmpty = (text: string): number | string => (text.trim() === '' ? '' : Number(text));

/** The body the API takes; an empty escalation field means "no escalation" (null). */
function inputOf(v: Values): Record<string, unknown> {
  return {
    days: numberOrEmpty(v.days),
    count: v.count,
    escalateAfterDays: v.escalateAfterDays.trim() === '' ? null : Number(v.escalateAfterDays),
    reason: v.reason,
  };
}

/**
 * The admin's edit of one unverified rule, checked with the schema the server uses. The new period applies to
 * deadlines started after the save; stored due dates stay as they are.
 */
export function DeadlineRuleForm({
  rule,
  onSaved,
  onCancel,
}: {
  rule: DeadlineRuleView;
  onSaved: (rule: DeadlineRuleView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const texts = useIssueTexts();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Values>({
    days: String(rule.days),
    count: rule.count,
    escalateAfterDays: rule.escalateAfterDays === null ? '' : String(rule.escalateAfterDays),
    reason: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<Error | undefined>(undefined);
  const [isSending, setSending] = useState(false);
  useEffect(() => heading.current?.focus(), [rule.id]);

  const set = (name: keyof Values) => (value: string) => {
    setValues((prev) => ({ ...prev, [name]: value }));
    setErrors(({ [name]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const result = validateInput(ZUpdateDeadlineRuleInput, inputOf(values), {
      language,
      texts,
      translate: (m) => schemaMessage(m, t),
    });
    if (!result.ok) return setErrors(result.errors);
    setSending(true);
    apiPut<DeadlineRuleView>(`/api/admin/deadline-rules/${encodeURIComponent(rule.id)}`, result.data)
      .then(onSaved)
      .catch((err: unknown) => {
        // A 400 names its fields: those go beside them, one about no field (the rule itself) in the alert.
        const { '': general, ...byField } =
          err instanceof ApiError ? apiFieldErrors(err.fields, 'body.') : {};
        setErrors(byField);
        const isShownByField =
          err instanceof ApiError && err.status === 400 && Object.keys(byField).length > 0;
        if (general) setError(new Error(general));
        else if (!isShownByField) setError(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => setSending(false));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="deadline-rule-form-title">
      <Stack gap="md">
        <Title
          order={3}
          size="h4"
          id="deadline-rule-form-title"
          ref={heading}
          tabIndex={-1}
          style={{ outline: 'none' }}
        >
          {t('deadlineRules.formTitle')}
        </Title>
        <Text size="sm">{t('deadlineRules.appliesLater')}</Text>
        <FormError error={error} />
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('deadlineRules.days')}
            value={values.days}
            onChange={(e) => set('days')(e.currentTarget.value)}
            error={errors.days}
            inputMode="numeric"
            required
            maw={200}
          />
          <TextInput
            label={t('deadlineRules.escalateAfterDays')}
            description={t('deadlineRules.escalateHint')}
            value={values.escalateAfterDays}
            onChange={(e) => set('escalateAfterDays')(e.currentTarget.value)}
            error={errors.escalateAfterDays}
            inputMode="numeric"
            maw={320}
          />
        </Group>
        <Radio.Group
          label={t('deadlineRules.count')}
          value={values.count}
          onChange={set('count')}
          error={errors.count}
          required
        >
          <Stack gap="xs" mt="xs">
            <Radio value="calendar" label={t('deadlineRules.countCalendar')} />
            <Radio value="working" label={t('deadlineRules.countWorking')} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('deadlineRules.reason')}
          description={t('deadlineRules.reasonHint')}
          value={values.reason}
          onChange={(e) => set('reason')(e.currentTarget.value)}
          error={errors.reason}
          required
          autosize
          minRows={3}
          maxRows={8}
        />
        <Group>
          <Button type="submit" loading={isSending}>
            {t('deadlineRules.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('deadlineRules.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
