import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * A form's closing pair: the submit button (busy while the request is on its way, so a second click sends
 * nothing) and "Batal", which either leaves for a page or closes the form in place.
 */
export function SubmitCancelButtons({
  submitLabel,
  sending,
  cancel,
}: {
  submitLabel: string;
  sending: boolean;
  cancel: { to: string } | { onClick: () => void };
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={sending}>
        {submitLabel}
      </Button>
      {'to' in cancel ? (
        <Button component={Link} to={cancel.to} variant="default">
          {t('caseForm.cancel')}
        </Button>
      ) : (
        <Button variant="default" onClick={cancel.onClick}>
          {t('caseForm.cancel')}
        </Button>
      )}
    </Group>
  );
}
