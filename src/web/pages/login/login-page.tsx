import { Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../session/session-context';
import { PasswordStep } from './password-step';
import { StepHeading } from './step-heading';
import { TotpCodeForm } from './totp-code-form';
import { TotpEnrolment } from './totp-enrolment';

/** Where to go after signing in: the staff page that sent the visitor here, else staff home. */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/staf') ? from : '/staf';
}

/**
 * Staff sign-in: e-mail + password, then (first time) enrol an authenticator app, then the 6-digit code. The step
 * shown follows the server's session, so a reload mid-way resumes where the person was.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, loadError, refresh, logout } = useSession();
  const navigate = useNavigate();
  const returnPath = useReturnPath();

  if (!session) {
    return loadError ? <ErrorState error={loadError} onRetry={() => void refresh()} /> : <LoadingState />;
  }
  if (session.stage === 'mfa_ok') return <Navigate to={returnPath} replace />;

  const onVerified = () => void navigate(returnPath, { replace: true });
  const hasPassword =
    session.stage === 'password_ok' && (!session.mustEnrolTotp || session.enrolment !== undefined);

  return (
    <Stack maw={520} mx="auto" gap="md">
      <PageTitle documentTitle={t('login.title')}>{t('login.title')}</PageTitle>
      <Paper withBorder p="lg">
        {!hasPassword && (
          <>
            <Text mb="md">{t('login.passwordIntro')}</Text>
            <PasswordStep />
          </>
        )}
        {hasPassword && (
          <Stack gap="md">
            <StepHeading key={session.enrolment ? 'enrol' : 'code'}>
              {session.enrolment ? t('login.enrolTitle') : t('login.codeTitle')}
            </StepHeading>
            {session.enrolment && <TotpEnrolment enrolment={session.enrolment} />}
            <TotpCodeForm onVerified={onVerified} />
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => void logout()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('login.startOver')}
            </Button>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
