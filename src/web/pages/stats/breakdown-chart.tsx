import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { formatCount } from '../../format/counts';
import { useLanguage } from '../../i18n/use-language';
import { chartBars, type BreakdownChartSpec, type ChartRow } from './breakdown-charts';
import { barChartHeight, breakdownOption } from './breakdown-option';
import { EChart } from './charts/echart';
import { cellText } from './figures-text';

type Breakdown = NonNullable<PublicStats['breakdown']>;

/** One breakdown as horizontal bars, and a line under it saying what the chart leaves to the table. */
export function BreakdownChart({
  spec,
  breakdown,
  funnel,
  threshold,
}: {
  spec: BreakdownChartSpec;
  breakdown: Breakdown;
  funnel: PublicStats['funnel'];
  threshold: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const noteId = useId();
  const isNarrow = useMediaQuery('(max-width: 36em)') ?? false;
  const { bars, others } = useMemo(
    () => chartBars(spec, breakdown.rows, funnel, threshold),
    [spec, breakdown, funnel, threshold],
  );
  const cell = (n: number | null) => cellText(n, language);
  // On a phone the names get a third of the width and up to four lines; on a desktop they rarely wrap.
  const layout = useMemo(
    () =>
      isNarrow
        ? { labelWidth: 112, labelLines: 4, top: 60 }
        : { labelWidth: spec.isWide ? 280 : 150, labelLines: 2, top: 40 },
    [isNarrow, spec.isWide],
  );
  const option = useMemo(
    () =>
      breakdownOption(
        bars,
        spec.series,
        {
          stepLabel: (s) => t(`stats.columns.${s}`),
          cell,
          count: (n) => formatCount(n, language),
        },
        layout,
      ),
    [bars, spec, t, threshold, language, layout],
  );
  if (bars.length === 0) return <Text role="status">{t('stats.empty')}</Text>;

  const omitted = breakdown.rows.filter((r) => spec.omit?.includes(r.key)).map((r) => r.label);
  const othersText = (values: ChartRow['values']) =>
    spec.series.map((s) => `${t(`stats.columns.${s}`)} ${cell(values[s] ?? null)}`).join(', ');
  // The rest added up, when it can be known: a withheld sum would only repeat "x".
  const note = others
    ? spec.series.some((s) => (others.values[s] ?? null) !== null)
      ? t('stats.charts.topNote', {
          top: bars.length,
          groups: others.groups,
          values: othersText(others.values),
        })
      : t('stats.charts.topNoteNoSum', { top: bars.length, total: breakdown.rows.length })
    : omitted.length > 0
      ? t('stats.charts.omitNote', { groups: omitted.join(', ') })
      : t('stats.charts.tableNote');
  return (
    <>
      <EChart
        option={option}
        height={barChartHeight(bars.length, spec.series.length, layout)}
        description={t('stats.charts.barsDescription', {
          dimension: t(`stats.dimensions.${spec.by}`),
          count: bars.length,
        })}
        describedBy={noteId}
      />
      <Text size="xs" c="dimmed" id={noteId} mt={4}>
        {note}
      </Text>
    </>
  );
}
