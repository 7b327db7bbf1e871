import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';
import { ConfidenceBadge } from '../../../components/confidence-badge';
import { formatDate } from '../../../format/dates';
import { useLanguage } from '../../../i18n/use-language';
import { AGENCY_NAMES } from './agency-names';
import { publishedLines, verdictOf } from './figure-difference';
import { PublishedFigureTable } from './published-figure-table';

// Outline badge text colours with at least 4.5:1 on white (as confidence-badge.tsx).
const VERDICT_COLOUR = { same: 'teal.9', lower: '#8a4b00', differs: '#8a4b00', unknown: 'gray.8' } as const;

/**
 * What one agency published, as it published it, beside Netra's count on the same day. A figure that differs
 * stays as published, with the agency's note: Netra explains the difference and does not force its own count.
 */
export function PublishedFigureCard({
  published,
  includesDemoData,
}: {
  published: Reconciliation['published'][number];
  includesDemoData: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { figure } = published;
  const agency = AGENCY_NAMES[figure.agency];
  const lines = publishedLines(published);
  const verdict = verdictOf(lines);
  const titleId = `published-${figure.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {t('stats.reconciliation.publishedTitle', { agency, date: formatDate(figure.asOf, language) })}
          </Title>
          <Group gap={6}>
            <Badge variant="outline" color="gray.8" tt="none" radius="sm">
              {t(`stats.reconciliation.units.${figure.unit}`)}
            </Badge>
            <Badge variant="outline" color={VERDICT_COLOUR[verdict]} tt="none" radius="sm">
              {t(`stats.reconciliation.verdict.${verdict}`)}
            </Badge>
          </Group>
        </Group>
        <Group gap="xs">
          <Text size="sm">{t('stats.reconciliation.figureConfidence')}</Text>
          <ConfidenceBadge confidence={figure.confidence} />
          <Text size="sm">{t('stats.reconciliation.dateConfidence')}</Text>
          <ConfidenceBadge confidence={figure.asOfConfidence} />
        </Group>
        {figure.asOfNote && (
          <Text size="sm" lang="en">
            {figure.asOfNote}
          </Text>
        )}
        <PublishedFigureTable agency={agency} lines={lines} />
        {(verdict === 'lower' || verdict === 'differs') && (
          <Alert variant="light" color="gray" title={t(`stats.reconciliation.explained.${verdict}`)}>
            {t('stats.reconciliation.notForced', { agency })}
          </Alert>
        )}
        {figure.note && (
          <Text size="sm">
            <Text span fw={700} size="sm">
              {t('stats.reconciliation.agencyNote')}{' '}
            </Text>
            <span lang="en">{figure.note}</span>
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('stats.reconciliation.source', { source: figure.source })}
        </Text>
        {figure.calibrates && includesDemoData && (
          <Text size="xs" c="dimmed">
            {t('stats.reconciliation.calibrated')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
