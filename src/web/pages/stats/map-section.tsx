import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../../modules/stats/schema';
import { useApi } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { useLanguage } from '../../i18n/use-language';
import type { ListParams } from '../../routing/use-list-params';
import { useProvinces } from '../reference/use-provinces';
import { BREAKDOWN_TABLE_COLUMNS, BreakdownTable } from './breakdown-table';
import { CsvLink } from './csv-link';
import { countingOf } from './counting-date';
import { FigureBlock } from './figure-block';
import { mapMetricOf, mapMetrics, type MapMetricKey } from './map-metrics';
import { RegionMap } from './region-map';
import { statsApiPath, statsCsvPath, type StatsFilter } from './stats-query';

const REGION_KEY = /^\d{2}(\.\d{2})?$/;

/**
 * The choropleth of the page's figures: provinces, or the kab/kota of the province chosen (a click on a
 * province chooses it, as the filter does), with the same numbers in a table under it.
 */
export function MapSection({ filter, list }: { filter: StatsFilter; list: ListParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const metricId = useId();
  const isNarrow = useMediaQuery('(max-width: 36em)') ?? false;
  const [metricKey, setMetricKey] = useState<MapMetricKey>('reported');
  const metric = mapMetricOf(metricKey);
  const level = filter.province ? 'regency' : 'province';
  // The map shows every kab/kota of the province, whichever one the filter picked.
  const area: StatsFilter = { ...filter, regency: '' };
  const { data, error, isLoading, reload } = useApi<PublicStats>(statsApiPath(area, level));
  const provinceName = useProvinces().find((p) => p.code === filter.province)?.name;
  const rows = data?.breakdown?.rows;
  const values = useMemo(
    () =>
      (rows ?? [])
        .filter((r) => REGION_KEY.test(r.key))
        .map((r) => ({ code: r.key, ...metric.valueOf(r.figures) })),
    [rows, metric],
  );
  const metricLabel = t(`stats.map.metrics.${metric.key}`);
  const title =
    level === 'province'
      ? t('stats.map.titleProvinces')
      : t('stats.map.titleRegencies', { province: provinceName ?? filter.province });
  return (
    <FigureBlock
      id={titleId}
      title={title}
      isBusy={isLoading && data !== undefined}
      counting={countingOf(data)}
      controls={
        filter.province ? (
          <Button variant="default" size="xs" onClick={() => list.setFilters({ province: '', regency: '' })}>
            {t('stats.map.backToIndonesia')}
          </Button>
        ) : undefined
      }
    >
      <Stack gap="sm">
        {error && <ErrorState error={error} onRetry={reload} />}
        <Group gap="xs">
          <Text size="sm" fw={600} id={metricId}>
            {t('stats.map.metric')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby={metricId}
            value={metric.key}
            onChange={(v) => setMetricKey(mapMetricOf(v).key)}
            data={mapMetrics(false).map((m) => ({ value: m.key, label: t(`stats.map.metrics.${m.key}`) }))}
          />
        </Group>
        <RegionMap
          level={level}
          province={filter.province || undefined}
          provinceName={provinceName}
          values={values}
          metricLabel={metricLabel}
          formatValue={(v) => metric.format(v, language)}
          height={isNarrow ? 260 : 460}
          onSelect={(code) =>
            level === 'province'
              ? list.setFilters({ province: code, regency: '' })
              : list.setFilters({ regency: code })
          }
        />
        {data?.breakdown && (
          <>
            <Group justify="flex-end">
              <CsvLink href={statsCsvPath(area, level, BREAKDOWN_TABLE_COLUMNS)} tableName={title} />
            </Group>
            <BreakdownTable by={level} rows={data.breakdown.rows} />
          </>
        )}
      </Stack>
    </FigureBlock>
  );
}
