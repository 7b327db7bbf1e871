import { Button, Code, CopyButton, Group, Image, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../modules/identity/schema';

/** The secret in groups of four, easier to type into an app by hand. */
function groupedSecret(secret: string): string {
  return secret
    .replace(/\s/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

/**
 * First sign-in: how to add Netra to an authenticator app. The QR code is server-made SVG, shown as an image
 * (a data: URL, which the CSP allows) and never inserted as markup.
 */
export function TotpEnrolment({ enrolment }: { enrolment: NonNullable<SessionState['enrolment']> }) {
  const { t } = useTranslation();
  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <Stack gap="sm">
      <List type="ordered" spacing="xs">
        <List.Item>{t('login.enrolStepInstall')}</List.Item>
        <List.Item>{t('login.enrolStepScan')}</List.Item>
        <List.Item>{t('login.enrolStepCode')}</List.Item>
      </List>
      <Image src={qrSrc} alt={t('login.qrAlt')} w={200} h={200} fit="contain" bg="white" p="xs" />
      <Text size="sm">{t('login.secretLabel')}</Text>
      <Group gap="xs">
        <Code fz="md" data-testid="totp-secret">
          {groupedSecret(enrolment.secret)}
        </Code>
        <CopyButton value={enrolment.secret}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="default" onClick={copy}>
              {copied ? t('login.copied') : t('login.copySecret')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
