import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelFigures } from '../../../modules/stats/schema';
import { useLanguage } from '../../i18n/use-language';
import { cellText, HEADLINE_COLUMNS, rateText } from './figures-text';

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper component="li" withBorder p="md" style={{ listStyle: 'none' }}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Reported → forwarded to BKN → proven → sanctioned, and the share of the proven that was sanctioned. */
export function FunnelHeadline({ funnel }: { funnel: FunnelFigures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 5 }}
      spacing="sm"
      p={0}
      m={0}
      // An ordered list: the steps follow one another, and a screen reader says how many there are.
      renderRoot={(props) => <ol {...props} />}
    >
      {HEADLINE_COLUMNS.map((c) => (
        <Figure key={c} label={t(`stats.columns.${c}`)} value={cellText(funnel[c], language)} />
      ))}
      <Figure
        label={t('stats.followUpRate')}
        value={rateText(funnel.followUpRate, language)}
        hint={t('stats.followUpRateHint')}
      />
    </SimpleGrid>
  );
}
