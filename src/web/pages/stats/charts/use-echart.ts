import { useReducedMotion } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from './chart-option';
import { loadECharts } from './load-echarts';

type Chart = ReturnType<Awaited<ReturnType<typeof loadECharts>>['init']>;

/**
 * Draws `option` into the returned `ref` once ECharts has loaded, redraws it when the option changes and
 * resizes with its box (a phone turned sideways). `failed` when the library could not load: the page still
 * has the table view. Animations are off for readers who asked the system for reduced motion.
 */
export function useEChart(option: ChartOption) {
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<Chart>();
  const [failed, setFailed] = useState(false);
  const reduceMotion = useReducedMotion();

  useEffect(() => {
    let live = true;
    let created: Chart | undefined;
    let observer: ResizeObserver | undefined;
    loadECharts()
      .then((echarts) => {
        const element = ref.current;
        if (!live || !element) return;
        created = echarts.init(element, null, { renderer: 'svg' });
        const c = created;
        observer = new ResizeObserver(() => c.resize());
        observer.observe(element);
        setChart(c);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      observer?.disconnect();
      created?.dispose();
      setChart(undefined);
    };
  }, []);

  useEffect(() => {
    chart?.setOption({ ...option, animation: !reduceMotion }, { notMerge: true });
  }, [chart, option, reduceMotion]);

  return { ref, failed, isReady: chart !== undefined };
}
