import { Alert, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { WarningIcon } from '../../components/inline-icons';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { jakartaToday, deadlineStatus } from './deadline-status';
import { InboxTable } from './inbox-table';
import { usePpkCases } from './use-ppk-cases';

/** A figure with its words, e.g. "2 · terlambat"; emphasised by weight and a mark, not by colour alone. */
function Figure({ value, label, isAlarm }: { value: number; label: string; isAlarm: boolean }) {
  return (
    <Card withBorder padding="md">
      <Text fw={800} size="xl" c={isAlarm ? 'red.9' : undefined}>
        {isAlarm && <WarningIcon />} {value}
      </Text>
      <Text fw={isAlarm ? 700 : 400}>{label}</Text>
    </Card>
  );
}

/** What the agency owes and by when: open cases at the PPK's stages, soonest due first, overdue counted. */
export function PpkPortalPage() {
  const { t } = useTranslation();
  const { items, isTruncated, error, reload } = usePpkCases();
  const today = jakartaToday();
  const statuses = (items ?? []).map((c) => deadlineStatus(c.deadline, today).kind);
  const overdue = statuses.filter((s) => s === 'overdue').length;
  const dueSoon = statuses.filter((s) => s === 'due_soon').length;
  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('cases.ppk.title')}>{t('cases.ppk.title')}</PageTitle>
        <Text maw={760}>{t('cases.ppk.lead')}</Text>
      </div>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!items && !error && <LoadingState />}
      {items && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 3 }} role="group" aria-label={t('cases.ppk.figures')}>
            <Figure value={overdue} label={t('cases.ppk.overdue')} isAlarm={overdue > 0} />
            <Figure value={dueSoon} label={t('cases.ppk.dueSoon')} isAlarm={false} />
            <Figure value={items.length} label={t('cases.ppk.open')} isAlarm={false} />
          </SimpleGrid>
          {isTruncated && <Alert color="gray">{t('cases.ppk.truncated')}</Alert>}
          <InboxTable
            rows={items}
            caption={t('cases.ppk.caption')}
            emptyText={t('cases.ppk.empty')}
            isBusy={false}
          />
        </>
      )}
    </Stack>
  );
}
