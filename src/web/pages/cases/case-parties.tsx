import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { formatDate } from '../../format/dates';
import { useFieldLabels } from '../../forms/field-labels';
import { useLanguage } from '../../i18n/use-language';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { IntakeReporterLine } from './intake-reporter';

type Subject = CaseDetail['subjects'][number];

/** The ASN concerned (terlapor), one row each. */
export function CaseSubjects({ subjects }: { subjects: Subject[] }) {
  const { t } = useTranslation();
  const labels = useFieldLabels('create_finding');
  return (
    <section aria-labelledby="case-subjects">
      <Title order={2} size="h3" id="case-subjects" mb="sm">
        {t('cases.subjects.title')}
      </Title>
      <DataTable
        caption={t('cases.subjects.title')}
        rows={subjects}
        rowKey={(s) => s.id}
        emptyText={t('cases.subjects.empty')}
        columns={[
          { header: t('caseForm.fields.name'), isRowHeader: true, cell: (s) => s.name },
          { header: t('caseForm.fields.nip'), cell: (s) => s.nip ?? '—' },
          { header: t('caseForm.fields.jabatan'), cell: (s) => s.jabatan },
          {
            header: t('caseForm.fields.jabatanClass'),
            cell: (s) => labels.option('jabatanClass', s.jabatanClass),
          },
          { header: t('caseForm.fields.asnType'), cell: (s) => labels.option('asnType', s.asnType) },
          { header: t('caseForm.fields.agencyCode'), cell: (s) => s.agencyCode ?? '—' },
        ]}
      />
    </section>
  );
}

/**
 * How the case came in: each laporan or temuan with its channel, day, summary and (laporan) reporter; `children`
 * below them (the form to add another).
 */
export function CaseIntakes({
  caseId,
  intakes,
  children,
}: {
  caseId: string;
  intakes: CaseDetail['intakes'];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useFieldLabels('create_finding');
  return (
    <section aria-labelledby="case-intakes">
      <Title order={2} size="h3" id="case-intakes" mb="sm">
        {t('cases.intakes.title')}
      </Title>
      <Stack gap="sm">
        {intakes.map((i) => (
          <Card key={i.id} withBorder padding="md" data-testid="case-intake">
            <Text fw={700}>
              {t(`cases.intakes.kinds.${i.kind}`)} · {labels.option('channel', i.channel)} ·{' '}
              {formatDate(i.receivedOn, language)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{i.summary}</Text>
            <IntakeReporterLine caseId={caseId} reporter={i.reporter} />
          </Card>
        ))}
        {children}
      </Stack>
    </section>
  );
}
