import { Badge, Tabs, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCounts } from '../../../modules/cases/case-api-schema';
import { useApi } from '../../api/use-api';
import { formatCount } from '../../format/counts';
import { useLanguage } from '../../i18n/use-language';
import { INBOX_TABS, type InboxTab } from './inbox-query';

const COUNT_OF: Record<InboxTab, keyof CaseCounts> = {
  mine: 'mine',
  due_soon: 'dueSoon',
  overdue: 'overdue',
  all: 'open',
};

/** My tasks, due soon, overdue and all, each with its count; the list shows under the chosen tab. */
export function InboxTabs({
  tab,
  onTab,
  children,
}: {
  tab: InboxTab;
  onTab: (tab: InboxTab) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The counts only decorate the tabs: without them (an older server, a failed request) the tabs still work.
  const { data: counts } = useApi<CaseCounts>('/api/cases/counts');
  return (
    <Tabs value={tab} onChange={(v) => onTab((v ?? 'mine') as InboxTab)}>
      <Tabs.List aria-label={t('cases.inbox.tabsLabel')}>
        {INBOX_TABS.map((name) => {
          const count = counts?.[COUNT_OF[name]];
          return (
            <Tabs.Tab
              key={name}
              value={name}
              rightSection={
                count === undefined ? undefined : (
                  // Overdue cases stand out by a filled badge, not by its colour alone.
                  <Badge
                    size="sm"
                    variant={name === 'overdue' && count > 0 ? 'filled' : 'outline'}
                    color={name === 'overdue' && count > 0 ? 'red.9' : 'gray.8'}
                  >
                    {formatCount(count, language)}
                    {name === 'all' && <VisuallyHidden> {t('cases.inbox.openSuffix')}</VisuallyHidden>}
                  </Badge>
                )
              }
            >
              {t(`cases.inbox.tabs.${name}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {INBOX_TABS.map((name) => (
        <Tabs.Panel key={name} value={name} pt="md">
          {name === tab && children}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
