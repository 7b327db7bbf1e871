import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { apiPost } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { setAt, type FormValues } from '../../forms/form-values';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { FormError } from '../login/form-error';
import { ADD_INTAKE_FORMS, toAddIntakeInput } from './add-intake-forms';
import { jakartaToday } from './deadline-status';
import type { IntakeKind } from './intake-forms';
import { IntakeKindChoice } from './intake-kind-choice';
import { SubmitCancelButtons } from '../../components/submit-cancel-buttons';

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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.',
    send: (input) =>
      apiPost<CaseDetail>(
        `/api/cases/${detail.id}/intakes`,
        toAddIntakeInput(kind, detail.version, input),
      ).then(() => onResult({ kind: 'added', intake: kind })),
    onRefusal: (err) => {
      if (!(err instanceof ApiError && err.status === 409)) return false;
      onResult({ kind: 'conflict' });
      return true;
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="add-intake-title">
      <Title order={3} id="add-intake-title" ref={heading} tabIndex={-1} mb="xs" style={{ outline: 'none' }}>
        {t('cases.addIntake.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('cases.addIntake.lead', { version: detail.version })}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="add-intake-title">
        <Stack gap="md">
          <FormError error={error} />
          <IntakeKindChoice kind={kind} form={form} onChange={setKind} />
          <SchemaFields form={form} />
          <SubmitCancelButtons
            submitLabel={t(`cases.newIntake.submit.${kind}`)}
            sending={isSending}
            cancel={{ onClick: onCancel }}
          />
        </Stack>
      </form>
    </Card>
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
