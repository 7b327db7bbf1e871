// ECharts, registered with only what the statistics pages draw: bars and lines on a grid, a tooltip, a legend,
// and the aria module (a description for screen readers and decal patterns for colour-blind readers). The
// modular import keeps the bundle to these parts; load-echarts.ts loads this file on demand.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export { echarts };
