import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isIsoDateString } from '../../../platform/calendar/schema';
import { useFieldLabels } from '../../forms/field-labels';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import type { CodeFieldOptions } from './use-case-reference';

type Shown = [name: string, text: string];

/**
 * The key fields of an event's input, labelled as in the action's form: numbers, dates, choices and texts.
 * Lists of codes are joined, documents counted; nested records (invitees, subjects) are left to the case page.
 */
export function EventInput({
  action,
  input,
  codeOptions = {},
}: {
  action: string;
  input: unknown;
  /** Reference lists by field name (violation forms, sanction types, elections): codes shown with their names. */
  codeOptions?: CodeFieldOptions;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useFieldLabels(action);
  const nameOf = (field: string, value: string) =>
    codeOptions[field]?.find((o) => o.value === value)?.label ?? labels.option(field, value);
  if (typeof input !== 'object' || input === null) return null;
  const shown: Shown[] = [];
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (name === 'documentIds' && Array.isArray(value)) {
      if (value.length) shown.push([name, t('cases.timeline.documents', { count: value.length })]);
    } else if (typeof value === 'boolean') {
      shown.push([name, value ? t('common.yes') : t('common.no')]);
    } else if (typeof value === 'string') {
      const text = isIsoDateString(value) ? formatDate(value, language) : nameOf(name, value);
      shown.push([name, text]);
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      // One per line when they are named: a form's text is a sentence.
      shown.push([name, value.map((v) => nameOf(name, v)).join(codeOptions[name] ? '\n' : ', ')]);
    }
  }
  if (shown.length === 0) return null;
  return (
    <dl style={{ margin: 0 }}>
      {shown.map(([name, text]) => (
        <Text key={name} size="sm" component="div">
          <Text span component="dt" fw={600} display="inline">
            {labels.label([name], name)}:
          </Text>{' '}
          <Text span component="dd" m={0} display="inline" style={{ whiteSpace: 'pre-wrap' }}>
            {text}
          </Text>
        </Text>
      ))}
    </dl>
  );
}
