import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NetworkError } from '../api/api-error';

/** Shows a failed load with the server's own (localised) message, and a retry button when one helps. */
export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof NetworkError ? t('common.networkError') : error.message;
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert" my="md">
      {message}
      {onRetry && (
        <Button variant="default" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
