import { Badge, Card, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';
import { useLanguage } from '../../../i18n/use-language';
import { cellText } from '../figures-text';
import { AGENCY_NAMES } from './agency-names';

type Convention = Reconciliation['conventions'][number];

/** Netra's count as one agency counts: its unit (reports, cases, persons) and its own words for each line. */
export function ConventionCard({ convention }: { convention: Convention }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = AGENCY_NAMES[convention.agency];
  const titleId = `convention-${convention.agency}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Title order={3} size="h4" id={titleId}>
          {t('stats.reconciliation.conventionTitle', { agency: name })}
        </Title>
        <Badge variant="outline" color="gray.8" tt="none" radius="sm">
          {t(`stats.reconciliation.units.${convention.unit}`)}
        </Badge>
      </Group>
      <Text size="sm" mb="sm">
        {convention.description[language]}
      </Text>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{t('stats.reconciliation.conventionCaption', { agency: name })}</VisuallyHidden>
        </Table.Caption>
        <Table.Tbody>
          {convention.lines.map((line) => (
            <Table.Tr key={line.code}>
              <Table.Th scope="row" fw={400}>
                {language === 'id' ? line.labelId : line.labelEn}
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                {cellText(line.value, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
