import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDONESIA_BOX } from './region-boundaries';
import { loadMapLibre } from './load-maplibre';
import { HATCH_IMAGE, hatchImage, MAP_LAYERS, regionMapStyle } from './region-map-style';

export interface MapHover {
  code: string;
  x: number;
  y: number;
  flip: boolean;
}

function codeOf(event: MapLayerMouseEvent): string | undefined {
  const code: unknown = event.features?.[0]?.properties.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Creates the MapLibre map in `container` once the library has loaded (again when the UI language changes,
 * for the controls' titles and the credit line) and removes it on unmount. `map` is set once the style has
 * loaded; `failed` when the library or WebGL is not available.
 */
export function useMapLibre(handlers: {
  onHover: (hover: MapHover | null) => void;
  onSelect: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const [map, setMap] = useState<MapLibreMap>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    let created: MapLibreMap | undefined;
    loadMapLibre()
      .then((maplibre) => {
        if (!live || !container.current) return;
        created = new maplibre.Map({
          container: container.current,
          style: regionMapStyle(),
          bounds: INDONESIA_BOX,
          fitBoundsOptions: { padding: 16 },
          maxBounds: [
            [80, -25],
            [156, 20],
          ],
          renderWorldCopies: false,
          // The map sits in a long page: the wheel scrolls the page; zoom with the buttons or a double click.
          scrollZoom: false,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          attributionControl: { compact: false, customAttribution: t('stats.map.attribution') },
          locale: {
            'NavigationControl.ZoomIn': t('stats.map.zoomIn'),
            'NavigationControl.ZoomOut': t('stats.map.zoomOut'),
            'AttributionControl.ToggleAttribution': t('stats.map.toggleAttribution'),
          },
        });
        const m = created;
        m.touchZoomRotate.disableRotation();
        m.keyboard.disableRotation();
        m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
        m.on('mousemove', MAP_LAYERS.fill, (e) => {
          const code = codeOf(e);
          m.getCanvas().style.cursor = code ? 'pointer' : '';
          const flip = e.point.x > m.getCanvas().clientWidth - 280;
          latest.current.onHover(code ? { code, x: e.point.x, y: e.point.y, flip } : null);
        });
        m.on('mouseleave', MAP_LAYERS.fill, () => {
          m.getCanvas().style.cursor = '';
          latest.current.onHover(null);
        });
        m.on('click', MAP_LAYERS.fill, (e) => {
          const code = codeOf(e);
          if (code) latest.current.onSelect(code);
        });
        m.on('load', () => {
          m.addImage(HATCH_IMAGE, hatchImage());
          if (live) setMap(m);
        });
      })
      // No WebGL (the constructor throws) or the chunk failed to load: the page still has its table.
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      created?.remove();
      setMap(undefined);
      latest.current.onHover(null);
    };
  }, [t, i18n.language]);

  return { container, map, failed };
}
