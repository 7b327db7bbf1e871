import { Code, CopyButton, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../../modules/stats/snapshot-schema';
import { formatDate } from '../../../format/dates';
import { formatDateTime } from '../../../format/date-time';
import { useLanguage } from '../../../i18n/use-language';
import { CsvLink } from '../csv-link';
import { snapshotCsvPath, snapshotPagePath } from './snapshot-paths';

/** "Netra, <title>, as of <day>, published <when>, SHA-256 <hash>, <URL>": how to cite the frozen figures. */
export function SnapshotCitation({ snapshot }: { snapshot: SnapshotSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const url = `${window.location.origin}${snapshotPagePath(snapshot.id)}`;
  const citation = t('stats.archive.citationText', {
    title: snapshot.title,
    asOf: formatDate(snapshot.asOf, language),
    publishedAt: formatDateTime(snapshot.publishedAt, language),
    sha256: snapshot.sha256,
    url,
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="snapshot-citation" bg="gray.0">
      <Stack gap="xs">
        <Title order={2} size="h4" id="snapshot-citation">
          {t('stats.archive.citationTitle')}
        </Title>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="snapshot-citation">
          {citation}
        </Text>
        <Group gap="xs" align="center">
          <Text size="sm">SHA-256:</Text>
          <Code style={{ overflowWrap: 'anywhere' }}>{snapshot.sha256}</Code>
        </Group>
        <Text size="xs" c="dimmed">
          {t('stats.archive.checksumNote')}
        </Text>
        <Group gap="md" align="center">
          <CopyButton value={citation}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? t('stats.archive.copied') : t('stats.archive.copy')}
              </Button>
            )}
          </CopyButton>
          <CsvLink href={snapshotCsvPath(snapshot.id)} tableName={snapshot.title} />
          <Text size="sm" c="dimmed">
            {t('stats.archive.csvNote')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
