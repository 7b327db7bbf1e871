import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CasePage } from '../../../modules/cases/case-api-schema';
import { useApi } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { TablePager } from '../../components/table-pager';
import { useListParams } from '../../routing/use-list-params';
import { useStaffUser } from '../../session/session-context';
import { jakartaToday } from './deadline-status';
import { InboxFilters } from './inbox-filters';
import { inboxApiPath, inboxTab, pageSizeOf, type InboxTab } from './inbox-query';
import { InboxTable } from './inbox-table';
import { InboxTabs } from './inbox-tabs';
import { canRecordIntake } from './case-roles';

/** The staff inbox: my tasks, due soon, overdue or all cases in my scope, filtered and sorted. */
export function CaseInboxPage() {
  const { t } = useTranslation();
  const user = useStaffUser();
  const list = useListParams();
  const tab = inboxTab(list.get('tab'));
  const [, setParams] = useSearchParams();
  // A tab is a place of its own: choosing one adds a history entry, so Back returns to the previous tab
  // (filters replace the entry instead, as every key typed would otherwise be one).
  const selectTab = (next: InboxTab) =>
    setParams(() => {
      const params = new URLSearchParams(window.location.search);
      if (next === 'mine') params.delete('tab');
      else params.set('tab', next);
      params.delete('page');
      return params;
    });
  const { data, error, isLoading, reload } = useApi<CasePage>(
    inboxApiPath(list.get, list.page, jakartaToday()),
  );
  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('cases.inbox.title')}>{t('cases.inbox.title')}</PageTitle>
        <Text maw={760}>{t('cases.inbox.lead')}</Text>
      </div>
      {user && canRecordIntake(user.role) && (
        <Group>
          <Button component={Link} to="/staf/kasus/baru">
            {t('cases.newIntake.title')}
          </Button>
        </Group>
      )}
      <InboxFilters list={list} />
      <InboxTabs tab={tab} onTab={selectTab}>
        {error && <ErrorState error={error} onRetry={reload} />}
        {!data && isLoading && <LoadingState />}
        {data && (
          <>
            <InboxTable
              rows={data.items}
              caption={t(`cases.inbox.tabs.${tab}`)}
              emptyText={t(`cases.inbox.empty.${tab}`)}
              isBusy={isLoading}
            />
            <TablePager
              page={list.page}
              pageSize={pageSizeOf(list.get('pageSize'))}
              total={data.total}
              totalIsLowerBound={data.totalIsLowerBound}
              onPage={list.setPage}
            />
          </>
        )}
      </InboxTabs>
    </Stack>
  );
}
