import { Box, Center, Paper, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { WITHHELD } from './figures-text';
import { shadeRegions, statusOf, type RegionValue } from './map-colours';
import {
  boxOf,
  INDONESIA_BOX,
  loadBoundaries,
  regionLayer,
  type MapLevel,
  type RegionTopology,
} from './region-boundaries';
import { RegionMapLegend } from './region-map-legend';
import { MAP_LAYERS, OUTLINE_SOURCE, REGION_SOURCE } from './region-map-style';
import { useMapLibre, type MapHover } from './use-maplibre';

export type { RegionValue } from './map-colours';

export interface RegionMapProps {
  level: MapLevel;
  /** Drilled down: show only this province's kab/kota (level 'regency'). */
  province?: string;
  /** The province's name, for the map's label when drilled down. */
  provinceName?: string;
  values: readonly RegionValue[];
  metricLabel: string;
  formatValue: (value: number) => string;
  onSelect: (code: string) => void;
  height?: number;
}

/**
 * The public choropleth: provinces, or kab/kota (all, or one province's), shaded by the page's figures. Only
 * aggregates per region reach it, never a report. The page shows the same numbers in a table; the map's own
 * keyboard way in is the region chooser under the legend.
 */
export function RegionMap(props: RegionMapProps) {
  const { level, province, values, metricLabel, formatValue, height = 480 } = props;
  const { t } = useTranslation();
  const ids = { legend: useId(), note: useId() };
  const [hover, setHover] = useState<MapHover | null>(null);
  const { container, map, failed } = useMapLibre({ onHover: setHover, onSelect: props.onSelect });
  // The map and the regions it has drawn: a new map (another language) or new regions start out not drawn.
  const [drawn, setDrawn] = useState<{ map: MapLibreMap; layer: ReturnType<typeof regionLayer> }>();

  const [boundaries, setBoundaries] = useState<{ level: MapLevel; topology: RegionTopology }>();
  const [boundariesFailed, setBoundariesFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadBoundaries(level).then(
      (topology) => live && setBoundaries({ level, topology }),
      () => live && setBoundariesFailed(true),
    );
    return () => {
      live = false;
    };
  }, [level]);

  const layer = useMemo(
    () => (boundaries?.level === level ? regionLayer(boundaries.topology, level, province) : undefined),
    [boundaries, level, province],
  );
  // Keyed on the content of `values`: a page that rebuilds the array on every render must not resend 514
  // shapes to the map's worker each time.
  const valuesKey = values.map((v) => `${v.code}:${v.value}:${v.withheld ? 1 : 0}`).join('|');
  const shading = useMemo(
    () => shadeRegions(layer?.regions.map((r) => r.properties.code) ?? [], values),
    [layer, valuesKey],
  );
  const byCode = useMemo(() => new Map(values.map((v) => [v.code, v])), [values]);
  const names = useMemo(
    () => new Map(layer?.regions.map((r) => [r.properties.code, r.properties.name])),
    [layer],
  );

  useEffect(() => {
    if (!map || !layer) return;
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: layer.regions.map((r) => ({
        ...r,
        properties: { ...r.properties, ...shading.shades.get(r.properties.code) },
      })),
    };
    // setData resolves when the worker has indexed the data; the map then reloads its tiles and redraws by
    // itself. Only after that redraw ('idle') can a pointer find a region, so the map says it is loading until
    // then: a hover in between would find nothing (a CI run caught exactly that).
    let live = true;
    const onIdle = () => live && setDrawn({ map, layer });
    Promise.all([
      map.getSource<GeoJSONSource>(REGION_SOURCE)?.setData(collection),
      map.getSource<GeoJSONSource>(OUTLINE_SOURCE)?.setData(layer.outline),
    ]).then(() => {
      if (!live) return;
      map.once('idle', onIdle);
      map.triggerRepaint();
    }, onIdle);
    return () => {
      live = false;
      map.off('idle', onIdle);
    };
  }, [map, layer, shading]);

  useEffect(() => {
    // Frame the regions shown when the level or the province changes, not when only the figures do.
    map?.fitBounds(boxOf(layer?.regions ?? []) ?? INDONESIA_BOX, { padding: 16, animate: false });
  }, [map, layer]);

  const label =
    level === 'province'
      ? t('stats.map.ariaProvinces', { metric: metricLabel })
      : province
        ? t('stats.map.ariaDrilled', { metric: metricLabel, province: props.provinceName ?? province })
        : t('stats.map.ariaRegencies', { metric: metricLabel });
  useEffect(() => {
    const canvas = map?.getCanvas();
    canvas?.setAttribute('aria-label', label);
    canvas?.setAttribute('aria-describedby', ids.note);
  }, [map, label, ids.note]);

  useEffect(() => {
    map?.setFilter(MAP_LAYERS.hover, ['==', ['get', 'code'], hover?.code ?? '']);
  }, [map, hover]);

  const valueText = (code: string): string => {
    const entry = byCode.get(code);
    const status = statusOf(entry);
    if (status === 'value' && entry?.value != null) return formatValue(entry.value);
    return status === 'withheld' ? WITHHELD : t('stats.map.noData');
  };
  const choices = [...names]
    .sort(([, a], [, b]) => a.localeCompare(b, 'id'))
    .map(([code, name]) => ({ value: code, label: `${name} — ${valueText(code)}` }));
  const unavailable = failed || boundariesFailed;
  const ready = map !== undefined && drawn?.map === map && drawn.layer === layer;

  return (
    <Stack gap="sm">
      {unavailable ? (
        <Text role="note">{t('stats.map.unavailable')}</Text>
      ) : (
        <Box pos="relative" h={height} style={{ overflow: 'hidden' }} aria-busy={!ready}>
          <div ref={container} style={{ position: 'absolute', inset: 0 }} />
          {!ready && (
            <Center pos="absolute" inset={0} bg="rgba(255,255,255,0.7)">
              <LoadingState label={t('stats.map.loading')} />
            </Center>
          )}
          {hover && names.has(hover.code) && (
            <Paper
              withBorder
              shadow="sm"
              p="xs"
              maw={260}
              aria-hidden
              style={{
                position: 'absolute',
                left: hover.x,
                top: hover.y,
                transform: `translate(${hover.flip ? 'calc(-100% - 12px)' : '12px'}, 12px)`,
                pointerEvents: 'none',
                zIndex: 3,
              }}
            >
              <Text size="sm" fw={600}>
                {names.get(hover.code)}
              </Text>
              <Text size="sm">
                {metricLabel}: {valueText(hover.code)}
              </Text>
            </Paper>
          )}
        </Box>
      )}
      <VisuallyHidden id={ids.note}>{t('stats.map.tableNote')}</VisuallyHidden>
      {!unavailable && level === 'province' && (
        <Text size="sm" c="dimmed">
          {t('stats.map.hintProvinces')}
        </Text>
      )}
      {!unavailable && (
        <RegionMapLegend
          id={ids.legend}
          classes={shading.classes}
          metricLabel={metricLabel}
          formatValue={formatValue}
        />
      )}
      {choices.length > 0 && (
        <Select
          // A fresh chooser per level and province: the typed search must not carry over.
          key={`${level}-${province ?? ''}`}
          label={level === 'province' ? t('stats.map.chooseProvince') : t('stats.map.chooseRegency')}
          placeholder={t('stats.map.choosePlaceholder')}
          data={choices}
          value={null}
          onChange={(code) => code && props.onSelect(code)}
          searchable
          maw={480}
        />
      )}
    </Stack>
  );
}
