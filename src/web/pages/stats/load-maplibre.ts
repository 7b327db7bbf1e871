// MapLibre is about 1 MB of script: load it only when a map is shown, never in the main bundle.
import type * as MapLibreModule from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export type MapLibre = typeof MapLibreModule;

let loading: Promise<MapLibre> | undefined;

/**
 * The library, its CSS and its worker. The worker is served as a file of our own origin (a Vite asset): the
 * library's default would look for it beside its own module, which the bundler has moved, and the CSP allows
 * workers only from 'self' (no blob:).
 */
export function loadMapLibre(): Promise<MapLibre> {
  loading ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl.css')]).then(
    ([maplibre]) => {
      maplibre.setWorkerUrl(workerUrl);
      return maplibre;
    },
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}
