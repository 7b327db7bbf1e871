import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import {
  ZUnsealReporterInput,
  type ReporterIdentity,
  type UnsealedReporter,
} from '../../../modules/cases/reporter-api-schema';
import { apiPost } from '../../api/api-client';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { FormError } from '../login/form-error';

type IntakeReporter = CaseDetail['intakes'][number]['reporter'];

const IDENTITY_ROWS = ['name', 'nik', 'address', 'phone', 'email'] as const;

/** The unsealed identity, shown once and never kept: closing it drops it from memory. */
function IdentityCard({ identity, onClose }: { identity: ReporterIdentity; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('cases.intakes.reporter.unsealedTitle')}>
      <Table withRowBorders={false} mb="xs">
        <Table.Tbody>
          {IDENTITY_ROWS.map((field) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">{t(`caseForm.byAction.create_report.reporter_${field}`)}</Table.Th>
              <Table.Td>{identity[field] ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mb="xs">
        {t('cases.intakes.reporter.unsealedNote')}
      </Text>
      <Button variant="default" size="compact-sm" onClick={onClose}>
        {t('cases.intakes.reporter.cancel')}
      </Button>
    </Alert>
  );
}

/** Asks for a reason, unseals (the server audits it) and shows the identity. */
function UnsealForm({ caseId, reporterId }: { caseId: string; reporterId: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  const form = useSchemaForm(ZUnsealReporterInput, 'unseal_reporter');
  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.',
    send: (input) =>
      apiPost<UnsealedReporter>(`/api/cases/${caseId}/reporters/${reporterId}/unseal`, input).then((r) => {
        setIdentity(r.identity);
        setOpen(false);
        form.reset();
      }),
  });
  if (identity) return <IdentityCard identity={identity} onClose={() => setIdentity(null)} />;
  if (!isOpen)
    return (
      <Group>
        <Button variant="light" size="compact-sm" onClick={() => setOpen(true)}>
          {t('cases.intakes.reporter.unseal')}
        </Button>
      </Group>
    );
  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.intakes.reporter.unseal')}>
      <Stack gap="xs">
        <Text size="sm">{t('cases.intakes.reporter.reasonHint')}</Text>
        <FormError error={error} />
        <SchemaFields form={form} />
        <Group>
          <Button type="submit" size="compact-sm" loading={isSending}>
            {t('cases.intakes.reporter.submit')}
          </Button>
          <Button variant="default" size="compact-sm" onClick={() => setOpen(false)}>
            {t('cases.intakes.reporter.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * What the case page says about a laporan's reporter: on file and sealed (with the unseal form for those who may,
 * i.e. when the server sent the reporter id), or anonymous (syarat formil unmet). Nothing for a temuan.
 */
export function IntakeReporterLine({ caseId, reporter }: { caseId: string; reporter: IntakeReporter }) {
  const { t } = useTranslation();
  if (reporter === null) return null;
  if (reporter.status === 'anonymous')
    return (
      <Text size="sm" c="orange.9">
        {t('cases.intakes.reporter.anonymous')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">{t('cases.intakes.reporter.sealed')}</Text>
      {reporter.id !== null && <UnsealForm caseId={caseId} reporterId={reporter.id} />}
    </Stack>
  );
}
