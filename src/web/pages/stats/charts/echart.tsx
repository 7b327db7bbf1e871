import { Box, Center, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state';
import { CHART_FONT } from './chart-colours';
import type { ChartOption } from './chart-option';
import { useEChart } from './use-echart';

/**
 * One chart: an image with a spoken description (ECharts' aria module sets role="img" and the label on the
 * box), decal patterns on bars, and `describedBy` pointing at the text that says where the numbers are.
 */
export function EChart({
  option,
  description,
  describedBy,
  height,
}: {
  option: ChartOption;
  description: string;
  describedBy?: string;
  height: number;
}) {
  const { t } = useTranslation();
  const withAria = useMemo<ChartOption>(
    () => ({
      ...option,
      textStyle: { fontFamily: CHART_FONT },
      aria: { enabled: true, label: { description }, decal: { show: true } },
    }),
    [option, description],
  );
  const { ref, failed, isReady } = useEChart(withAria);
  if (failed) return <Text role="note">{t('stats.charts.unavailable')}</Text>;
  return (
    <Box pos="relative" h={height}>
      <div ref={ref} aria-describedby={describedBy} style={{ position: 'absolute', inset: 0 }} />
      {!isReady && (
        <Center pos="absolute" inset={0}>
          <LoadingState label={t('stats.charts.loading')} />
        </Center>
      )}
    </Box>
  );
}
