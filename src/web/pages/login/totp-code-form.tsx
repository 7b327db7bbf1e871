import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useSession } from '../../session/session-context';
import { FormError } from './form-error';

/** Second factor: the 6-digit code from the authenticator app. */
export function TotpCodeForm({ onVerified }: { onVerified: () => void }) {
  const { t } = useTranslation();
  const { verifyTotp } = useSession();
  const [code, setCode] = useState('');
  const [error, setError] = useState<Error | undefined>(undefined);
  const [isSending, setSending] = useState(false);
  const fieldError = error instanceof ApiError ? error.fieldMessage('code') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    verifyTotp(code.replace(/\s/g, ''))
      .then(onVerified)
      .catch((err: unknown) => {
        setError(err instanceof Error ? err : new Error(String(err)));
        setCode('');
      })
      .finally(() => setSending(false));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError error={error} />
        <TextInput
          label={t('login.code')}
          description={t('login.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError}
          styles={{ input: { maxWidth: 220 } }}
        />
        <Button type="submit" loading={isSending}>
          {t('login.verify')}
        </Button>
      </Stack>
    </form>
  );
}
