import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRuleList, DeadlineRuleView } from '../../../modules/cases/deadline-rule-api-schema';
import { useApi } from '../../api/use-api';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useCan } from '../../session/session-context';
import { DeadlineRuleDetail } from './deadline-rule-detail';
import { escalationText, periodText } from './period-text';

/**
 * Every deadline rule (stage × election type) with its period, legal source and how sure it is. Every staff
 * member reads it; an admin changes the unverified periods, with a reason kept in the audit trail.
 */
export function DeadlineRulesPage() {
  const { t } = useTranslation();
  const canManage = useCan('deadline_rules.manage');
  const { data, error, reload } = useApi<DeadlineRuleList>('/api/admin/deadline-rules');
  const [selected, setSelected] = useState<string | null>(null);
  const [saved, setSaved] = useState<DeadlineRuleView | null>(null);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const rule = data.items.find((r) => r.id === selected);
  const select = (id: string) => {
    setSaved(null);
    setSelected(id);
  };
  const nameOf = (r: DeadlineRuleView) =>
    `${t(`cases.stages.${r.stage}`)} · ${t(`elections.types.${r.electionType}`)}`;
  const stageCell = (r: DeadlineRuleView) => (
    <>
      <strong>{t(`cases.stages.${r.stage}`)}</strong>
      <Text size="xs">{t(`elections.types.${r.electionType}`)}</Text>
    </>
  );
  return (
    <Stack gap="md">
      <div>
        <PageTitle documentTitle={t('deadlineRules.title')}>{t('deadlineRules.title')}</PageTitle>
        <Text maw={760}>{t('deadlineRules.lead')}</Text>
        <Text maw={760} mt="xs" size="sm">
          {t('deadlineRules.appliesLater')}{' '}
          {t('deadlineRules.otherServers', { seconds: data.refreshSeconds })}
        </Text>
      </div>
      {saved && (
        <Alert color="teal" variant="light" role="status">
          {t('deadlineRules.saved', { rule: nameOf(saved), period: periodText(t, saved) })}
        </Alert>
      )}
      <DataTable
        caption={t('deadlineRules.caption')}
        rows={data.items}
        rowKey={(r) => r.id}
        emptyText={t('deadlineRules.empty')}
        minWidth={900}
        columns={[
          { header: t('deadlineRules.stage'), isRowHeader: true, cell: stageCell },
          {
            header: t('deadlineRules.period'),
            cell: (r) => (
              <>
                {periodText(t, r)}
                {r.edited && (
                  <Text size="xs">
                    {t('deadlineRules.shippedValue', { period: periodText(t, r.shipped) })}
                  </Text>
                )}
              </>
            ),
          },
          { header: t('deadlineRules.escalation'), cell: (r) => escalationText(t, r) },
          { header: t('deadlineRules.source'), cell: (r) => <Text size="sm">{r.legalSource}</Text> },
          {
            header: t('common.confidence'),
            cell: (r) => (
              <Group gap={4}>
                <ConfidenceBadge confidence={r.confidence} />
                {r.edited && (
                  <Badge color="blue.9" variant="outline" radius="sm" tt="none">
                    {t('deadlineRules.edited')}
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            header: t('deadlineRules.actions'),
            cell: (r) => (
              <Button
                size="compact-sm"
                variant={r.id === selected ? 'filled' : 'default'}
                onClick={() => select(r.id)}
                aria-label={t('deadlineRules.detailsOf', { rule: nameOf(r) })}
              >
                {canManage && r.editable ? t('deadlineRules.edit') : t('deadlineRules.details')}
              </Button>
            ),
          },
        ]}
      />
      {rule && (
        <Card withBorder padding="lg" component="section" aria-labelledby="deadline-rule-title">
          <Title order={2} size="h3" id="deadline-rule-title" mb="sm">
            {nameOf(rule)}
          </Title>
          <DeadlineRuleDetail
            key={rule.id}
            rule={rule}
            canManage={canManage}
            onSaved={(saved) => {
              setSelected(null);
              setSaved(saved);
              reload();
            }}
            onClose={() => setSelected(null)}
          />
        </Card>
      )}
    </Stack>
  );
}
