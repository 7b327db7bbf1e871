import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession, useStaffUser } from '../session/session-context';
import { roleLabelKey } from '../pages/staff/role-labels';
import { DemoBadge } from './demo-badge';

/** Who is signed in (name, role, DEMO mark) with a sign-out button; a sign-in link for everyone else. */
export function AccountSummary({ layout }: { layout: 'row' | 'column' }) {
  const { t } = useTranslation();
  const user = useStaffUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [isLeaving, setLeaving] = useState(false);

  if (!user) {
    return (
      <Button component={Link} to="/masuk" variant="outline" size="sm">
        {t('nav.login')}
      </Button>
    );
  }
  const Wrapper = layout === 'row' ? Group : Stack;
  return (
    <Wrapper gap="xs" align={layout === 'row' ? 'center' : 'flex-start'}>
      <div>
        <Text size="sm" fw={600} lh={1.2}>
          {user.name}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {t(roleLabelKey(user.role))}
        </Text>
      </div>
      {user.isDemo && <DemoBadge />}
      <Button
        variant="default"
        size="compact-sm"
        loading={isLeaving}
        onClick={() => {
          setLeaving(true);
          // Leave the staff pages first: otherwise their gate sends the now signed-out visitor to sign-in.
          // On failure the header still shows the user, who can try again.
          void navigate('/');
          void logout()
            .catch(() => undefined)
            .finally(() => setLeaving(false));
        }}
      >
        {t('account.logout')}
      </Button>
    </Wrapper>
  );
}
