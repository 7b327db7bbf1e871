import { Anchor, Badge, Button, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure, useInterval } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationList } from '../../modules/cases/case-api-schema';
import { apiPost } from '../api/api-client';
import { useApi } from '../api/use-api';
import { BellIcon } from '../components/inline-icons';
import { formatDateTime } from '../format/date-time';
import { formatDate } from '../format/dates';
import { useLanguage } from '../i18n/use-language';

const KIND_KEYS = {
  overdue: 'notifications.kinds.overdue',
  escalation: 'notifications.kinds.escalation',
} as const satisfies Record<NotificationList['items'][number]['kind'], string>;
const REFRESH_MS = 60_000;

/** The staff header's bell: how many notices are unread, and the list, each linking to its case. */
export function NotificationBell() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [isOpen, { toggle, close }] = useDisclosure(false);
  const { data, reload } = useApi<NotificationList>('/api/notifications');
  useInterval(reload, REFRESH_MS, { autoInvoke: true });
  // Without the endpoint (or on any failure) the header simply has no bell.
  if (!data) return null;
  const label = t('notifications.button', { count: data.unread });
  return (
    <Popover
      opened={isOpen}
      onChange={(o) => !o && close()}
      position="bottom-end"
      width={340}
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          variant="default"
          size="compact-sm"
          onClick={toggle}
          aria-label={label}
          aria-expanded={isOpen}
        >
          <BellIcon />
          {data.unread > 0 && (
            <Badge ml={6} size="sm" color="red.9" variant="filled" aria-hidden>
              {data.unread}
            </Badge>
          )}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={700} mb="xs" component="h2" size="md">
          {t('notifications.title')}
        </Text>
        {data.items.length === 0 && <Text size="sm">{t('notifications.empty')}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.items.map((n) => (
            <li key={n.id}>
              <Anchor
                component={Link}
                to={`/staf/kasus/${n.caseId}`}
                fw={n.readAt ? 400 : 700}
                onClick={() => {
                  close();
                  if (!n.readAt)
                    void apiPost(`/api/notifications/${n.id}/read`).then(reload, () => undefined);
                }}
              >
                {!n.readAt && `${t('notifications.new')}: `}
                {t(KIND_KEYS[n.kind])} · {n.referenceNumber}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('notifications.dueOn', { date: formatDate(n.dueOn, language) })} ·{' '}
                {formatDateTime(n.createdAt, language)}
              </Text>
            </li>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
