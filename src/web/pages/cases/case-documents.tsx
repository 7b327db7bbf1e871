import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/use-language';
import { roleLabel } from './role-label';
import type { CaseDocument } from '../../../modules/cases/case-api-schema';
import { documentContentUrl, formatSize } from './case-document';
import { DocumentUpload } from './document-upload';
import { LOCALE } from '../../format/locale';

/** The case's documents, each downloadable, and an upload for a new one. */
export function CaseDocuments({
  caseId,
  documents,
  canUpload,
  onUploaded,
}: {
  caseId: string;
  documents: CaseDocument[];
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = LOCALE[language];
  return (
    <section aria-labelledby="case-documents">
      <Title order={2} size="h3" id="case-documents" mb="sm">
        {t('cases.documents.title')}
      </Title>
      <Stack gap="sm">
        <DataTable
          caption={t('cases.documents.title')}
          rows={documents}
          rowKey={(d) => d.id}
          emptyText={t('cases.documents.empty')}
          columns={[
            {
              header: t('cases.documents.fileName'),
              isRowHeader: true,
              cell: (d) => (
                <Anchor href={documentContentUrl(caseId, d.id)} download={d.fileName}>
                  {d.fileName}
                </Anchor>
              ),
            },
            { header: t('cases.documents.kind'), cell: (d) => t(`cases.documents.kinds.${d.kind}`) },
            { header: t('cases.documents.size'), cell: (d) => formatSize(d.sizeBytes, locale) },
            {
              header: t('cases.documents.uploadedAt'),
              cell: (d) => formatDateTime(d.uploadedAt, language),
            },
            { header: t('cases.documents.uploadedBy'), cell: (d) => roleLabel(d.uploadedByRole, t) },
          ]}
        />
        {canUpload && (
          <DocumentUpload
            caseId={caseId}
            groupLabel={t('cases.documents.uploadGroup')}
            onUploaded={onUploaded}
          />
        )}
      </Stack>
    </section>
  );
}
