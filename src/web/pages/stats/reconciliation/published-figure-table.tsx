import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../format/counts';
import { useLanguage } from '../../../i18n/use-language';
import { cellText } from '../figures-text';
import type { Difference, PublishedLine } from './figure-difference';

/** The agency's lines in its own words, its value, Netra's count on the same day, and the difference. */
export function PublishedFigureTable({ agency, lines }: { agency: string; lines: PublishedLine[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const differenceText = (d: Difference) =>
    d.kind === 'same'
      ? t('stats.reconciliation.same')
      : d.kind === 'unknown'
        ? '—'
        : t(`stats.reconciliation.${d.kind}`, { n: formatCount(d.by, language) });
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{t('stats.reconciliation.publishedCaption', { agency })}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stats.reconciliation.agencyWords', { agency })}</Table.Th>
            <Table.Th scope="col">{t('stats.reconciliation.agencyValue', { agency })}</Table.Th>
            <Table.Th scope="col">{t('stats.reconciliation.netraValue')}</Table.Th>
            <Table.Th scope="col">{t('stats.reconciliation.difference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={`${l.netra}-${l.label}`}>
              <Table.Th scope="row" fw={400}>
                {l.label}
                <Text span size="xs" c="dimmed" display="block">
                  {t(`stats.columns.${l.netra}`)}
                </Text>
              </Table.Th>
              <Table.Td fw={700}>{formatCount(l.value, language)}</Table.Td>
              <Table.Td>{l.netraValue === undefined ? '—' : cellText(l.netraValue, language)}</Table.Td>
              <Table.Td>{differenceText(l.difference)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
