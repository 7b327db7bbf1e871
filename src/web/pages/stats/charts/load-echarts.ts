// ECharts is several hundred kB of script: load it only when a chart is shown, never in the main bundle.
import type { echarts as EChartsModule } from './echarts-setup';

export type ECharts = typeof EChartsModule;

let loading: Promise<ECharts> | undefined;

/** The registered ECharts core, loaded once per page load (a failed load is tried again next time). */
export function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts-setup').then(
    (m) => m.echarts,
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}
