import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PpkLeague } from '../../../../modules/stats/league-schema';
import { useLanguage } from '../../../i18n/use-language';
import { rateText } from '../figures-text';
import { leagueCellText } from './league-cells';

const SMALL = ['received', 'inTime', 'late', 'outstanding', 'blocked', 'medianDaysToDecree'] as const;

/**
 * The follow-up rate now, large: the figure the seeds quote from KASN ("52 % by September 2020") counted live,
 * for the election and area chosen, and the counts it is made of.
 */
export function LeagueHeadline({ league }: { league: PpkLeague }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const totals = league.totals;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" c="dimmed">
          {t('stats.league.rateLabel')}
        </Text>
        <Text fz={{ base: 44, sm: 56 }} fw={700} lh={1.1} data-testid="league-rate">
          {rateText(totals.followUpRate, language)}
        </Text>
        <Text size="sm">{t('stats.league.rateHint')}</Text>
      </div>
      <SimpleGrid
        cols={{ base: 2, sm: 3, lg: 6 }}
        spacing="sm"
        p={0}
        m={0}
        renderRoot={(props) => <ul {...props} />}
      >
        {SMALL.map((c) => (
          <Paper key={c} component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
            <Text size="sm" c="dimmed">
              {t(`stats.league.columns.${c}`)}
            </Text>
            <Text fz={22} fw={700}>
              {leagueCellText(totals, c, language)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" maw={760}>
        {t('stats.league.seedContext')}
      </Text>
    </Stack>
  );
}
