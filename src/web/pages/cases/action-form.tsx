import { Card, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_ACTION_INPUTS, type CaseActionId } from '../../../modules/cases/schema';
import { apiPost } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { useLanguage } from '../../i18n/use-language';
import { FormError } from '../login/form-error';
import { actionLabel, isDocumentRequired } from './case-labels';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { DocumentsPicker } from './documents-picker';
import { useCodeFieldOptions } from './use-case-reference';
import { SubmitCancelButtons } from '../../components/submit-cancel-buttons';

export type ActionResult = 'done' | 'conflict';

/**
 * The form of one workflow action, generated from its input schema and checked with it before sending. It sends
 * the version the user saw; a 409 (the case moved on meanwhile) is handed to the page, which reloads the case.
 */
export function ActionForm({
  detail,
  action,
  onResult,
  onCancel,
  onDocumentsChanged,
}: {
  detail: CaseDetail;
  action: CaseActionId;
  onResult: (result: ActionResult) => void;
  onCancel: () => void;
  onDocumentsChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useSchemaForm(CASE_ACTION_INPUTS[action], action);
  const optionsOf = useCodeFieldOptions();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [action]);

  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.input.',
    send: (input) =>
      apiPost(`/api/cases/${detail.id}/actions/${action}`, { expectedVersion: detail.version, input }).then(
        () => onResult('done'),
      ),
    onRefusal: (err) => {
      if (!(err instanceof ApiError && err.status === 409)) return false;
      onResult('conflict');
      return true;
    },
  });

  const title = actionLabel(action, language) ?? action;
  // Every input schema lets a step carry documents (default none), so the generated field reads "(opsional)";
  // the workflow table says which steps need one, and the server refuses those without (plan-transition.ts).
  const documentsRequired = isDocumentRequired(action);
  const documentsLabel = form.labels.label(['documentIds'], undefined);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="action-form-title">
      <Title order={3} id="action-form-title" ref={heading} tabIndex={-1} mb="xs" style={{ outline: 'none' }}>
        {title}
      </Title>
      <Text size="sm" mb="md">
        {t('cases.actions.formLead', { version: detail.version })}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="action-form-title">
        <Stack gap="md">
          <FormError error={error} />
          <SchemaFields
            form={form}
            optionsFor={(name) => optionsOf[name]}
            renderDocuments={(control) => (
              <DocumentsPicker
                control={
                  documentsRequired ? { ...control, label: documentsLabel, isRequired: true } : control
                }
                caseId={detail.id}
                documents={detail.documents}
                onUploaded={onDocumentsChanged}
              />
            )}
          />
          <SubmitCancelButtons
            submitLabel={t('cases.actions.submit', { action: title })}
            sending={isSending}
            cancel={{ onClick: onCancel }}
          />
        </Stack>
      </form>
    </Card>
  );
}
