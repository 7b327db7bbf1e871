import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentsControl } from '../../forms/schema-form-context';
import type { CaseDocument } from '../../../modules/cases/case-api-schema';
import { DocumentUpload } from './document-upload';

/** An action's documents field: tick the case's documents to attach, or upload one here (it is then ticked). */
export function DocumentsPicker({
  control,
  caseId,
  documents,
  onUploaded,
}: {
  control: DocumentsControl;
  caseId: string;
  documents: CaseDocument[];
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Checkbox.Group
        label={control.label}
        description={control.isRequired ? t('cases.documents.requiredHint') : undefined}
        value={control.value}
        onChange={control.onChange}
        error={control.error}
        required={control.isRequired}
      >
        <Stack gap={6} mt={6}>
          {documents.length === 0 && <Text size="sm">{t('cases.documents.empty')}</Text>}
          {documents.map((d) => (
            <Checkbox
              key={d.id}
              value={d.id}
              label={`${d.fileName} (${t(`cases.documents.kinds.${d.kind}`)})`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <DocumentUpload
        caseId={caseId}
        groupLabel={t('cases.documents.uploadForStep')}
        onUploaded={(doc) => {
          control.onChange([...control.value, doc.id]);
          onUploaded();
        }}
      />
    </Stack>
  );
}
