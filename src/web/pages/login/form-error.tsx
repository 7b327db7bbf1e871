import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NetworkError } from '../../api/api-error';

/** The server's message for a refused form, read out as soon as it appears. */
export function FormError({ error }: { error: Error | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {error instanceof NetworkError ? t('common.networkError') : error.message}
    </Alert>
  );
}
