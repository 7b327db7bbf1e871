import { useTranslation } from 'react-i18next';
import { CASE_ACTION_INPUTS, type CaseActionId } from '../../../modules/cases/schema';
import { apiPost } from '../../api/api-client';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { useLanguage } from '../../i18n/use-language';
import { actionLabel, isDocumentRequired } from './case-labels';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { DocumentsPicker } from './documents-picker';
import { useCodeFieldOptions } from './use-case-reference';
import { CaseFormCard, conflictTo } from './case-form-card';

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

  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.input.',
    send: (input) =>
      apiPost(`/api/cases/${detail.id}/actions/${action}`, { expectedVersion: detail.version, input }).then(
        () => onResult('done'),
      ),
    onRefusal: conflictTo(() => onResult('conflict')),
  });

  const title = actionLabel(action, language) ?? action;
  // Every input schema lets a step carry documents (default none), so the generated field reads "(opsional)";
  // the workflow table says which steps need one, and the server refuses those without (plan-transition.ts).
  const documentsRequired = isDocumentRequired(action);
  const documentsLabel = form.labels.label(['documentIds'], undefined);
  return (
    <CaseFormCard
      titleId="action-form-title"
      title={title}
      lead={t('cases.actions.formLead', { version: detail.version })}
      focusKey={action}
      onSubmit={submit}
      error={error}
      submitLabel={t('cases.actions.submit', { action: title })}
      isSending={isSending}
      onCancel={onCancel}
    >
      <SchemaFields
        form={form}
        optionsFor={(name) => optionsOf[name]}
        renderDocuments={(control) => (
          <DocumentsPicker
            control={documentsRequired ? { ...control, label: documentsLabel, isRequired: true } : control}
            caseId={detail.id}
            documents={detail.documents}
            onUploaded={onDocumentsChanged}
          />
        )}
      />
    </CaseFormCard>
  );
}
