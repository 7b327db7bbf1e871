import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { apiPost } from '../../api/api-client';
import { setAt, type FormValues } from '../../forms/form-values';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { ADD_INTAKE_FORMS, toAddIntakeInput } from './add-intake-forms';
import { jakartaToday } from './deadline-status';
import type { IntakeKind } from './intake-forms';
import { IntakeKindChoice } from './intake-kind-choice';
import { CaseFormCard, conflictTo } from './case-form-card';

export type AddIntakeResult = { kind: 'added'; intake: IntakeKind } | { kind: 'conflict' };

const seedToday = (values: FormValues) => setAt(values, ['intake', 'receivedOn'], jakartaToday());

/**
 * Another laporan or temuan about the act of this case, with a form generated from the kind's schema. It sends
 * the version the user saw; a 409 (the case moved on, or left Bawaslu's desk) is handed to the page to reload.
 */
function AddIntakeForm({
  detail,
  onResult,
  onCancel,
}: {
  detail: CaseDetail;
  onResult: (result: AddIntakeResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<IntakeKind>('laporan');
  const { schema, name } = ADD_INTAKE_FORMS[kind];
  const form = useSchemaForm<typeof schema>(schema, name, seedToday);
  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.',
    send: (input) =>
      apiPost<CaseDetail>(
        `/api/cases/${detail.id}/intakes`,
        toAddIntakeInput(kind, detail.version, input),
      ).then(() => onResult({ kind: 'added', intake: kind })),
    onRefusal: conflictTo(() => onResult({ kind: 'conflict' })),
  });
  return (
    <CaseFormCard
      titleId="add-intake-title"
      title={t('cases.addIntake.title')}
      lead={t('cases.addIntake.lead', { version: detail.version })}
      onSubmit={submit}
      error={error}
      submitLabel={t(`cases.newIntake.submit.${kind}`)}
      isSending={isSending}
      onCancel={onCancel}
    >
      <IntakeKindChoice kind={kind} form={form} onChange={setKind} />
      <SchemaFields form={form} />
    </CaseFormCard>
  );
}

/** "Tambah laporan/temuan": a button under the case's intakes that opens the form; closed again once saved. */
export function AddIntake({
  detail,
  onResult,
}: {
  detail: CaseDetail;
  onResult: (result: AddIntakeResult) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => document.getElementById('add-intake-toggle')?.focus());
  };
  return (
    <Stack gap="md">
      <Group>
        <Button
          id="add-intake-toggle"
          variant={isOpen ? 'filled' : 'light'}
          aria-expanded={isOpen}
          aria-controls={isOpen ? 'add-intake-form' : undefined}
          onClick={() => setOpen(!isOpen)}
        >
          {t('cases.addIntake.title')}
        </Button>
      </Group>
      {isOpen && (
        <div id="add-intake-form">
          <AddIntakeForm
            detail={detail}
            onResult={(result) => {
              if (result.kind === 'added') setOpen(false);
              onResult(result);
            }}
            onCancel={close}
          />
        </div>
      )}
    </Stack>
  );
}
