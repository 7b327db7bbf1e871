import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useSession } from '../../session/session-context';
import { FormError } from './form-error';

/** First factor: e-mail and password. */
export function PasswordStep() {
  const { t } = useTranslation();
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Error | undefined>(undefined);
  const [isSending, setSending] = useState(false);
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    // On success the session moves to password_ok and the login page shows the next step.
    login(email.trim(), password)
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
      .finally(() => setSending(false));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError error={error} />
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError('password')}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <Button type="submit" loading={isSending}>
          {t('login.continue')}
        </Button>
      </Stack>
    </form>
  );
}
