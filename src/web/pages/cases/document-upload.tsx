import { Button, FileInput, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPostForm } from '../../api/api-client';
import { FormError } from '../login/form-error';
import {
  DOCUMENT_KINDS,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MEDIA_TYPES,
  type CaseDocument,
} from '../../../modules/cases/case-api-schema';
import type { DocumentKind } from './case-document';

/**
 * Uploads one file to the case (PDF, JPEG or PNG up to 10 MB), checked here before it is sent. A group, not a
 * form: it also sits inside an action's form, and forms do not nest.
 */
export function DocumentUpload({
  caseId,
  groupLabel,
  onUploaded,
}: {
  caseId: string;
  /** Names the group apart from another upload on the page (the case's, an action form's). */
  groupLabel: string;
  onUploaded: (document: CaseDocument) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('evidence');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [isSending, setSending] = useState(false);

  const upload = () => {
    setError(undefined);
    if (!file) return setFileError(t('cases.documents.chooseFile'));
    if (!(DOCUMENT_MEDIA_TYPES as readonly string[]).includes(file.type))
      return setFileError(t('cases.documents.wrongType'));
    if (file.size > DOCUMENT_MAX_BYTES) return setFileError(t('cases.documents.tooLarge'));
    setFileError(undefined);
    // The kind goes first: the server reads the fields before the file part.
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file);
    setSending(true);
    apiPostForm<CaseDocument>(`/api/cases/${encodeURIComponent(caseId)}/documents`, body)
      .then((doc) => {
        setFile(null);
        onUploaded(doc);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
      .finally(() => setSending(false));
  };

  return (
    <div role="group" aria-label={groupLabel}>
      <FormError error={error} />
      <Group align="flex-end" gap="sm" mt="xs">
        <NativeSelect
          label={t('cases.documents.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}
          data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`cases.documents.kinds.${k}`) }))}
        />
        <FileInput
          label={t('cases.documents.file')}
          description={t('cases.documents.fileHint')}
          value={file}
          onChange={(f) => {
            setFile(f);
            setFileError(undefined);
          }}
          accept={DOCUMENT_MEDIA_TYPES.join(',')}
          error={fileError}
          clearable
          w={300}
        />
        <Button type="button" variant="light" loading={isSending} onClick={upload}>
          {t('cases.documents.upload')}
        </Button>
      </Group>
    </div>
  );
}
