/** An ECharts chart drawn as SVG; loaded with the first view that shows one, so the first page stays small. */
import { useEffect, useRef } from 'react';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as register, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

register([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export default function EChart({ option, height, label }: { option: EChartsCoreOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    // Drawn after the page has painted: laying out a chart takes a good part of a slow machine's
    // frame, and the text around it (the action plan, the heatmap) should not wait for it.
    let chart: ReturnType<typeof init> | undefined;
    const resize = new ResizeObserver(() => chart?.resize());
    const draw = setTimeout(() => {
      chart = init(element, undefined, { renderer: 'svg' });
      chart.setOption(option);
      resize.observe(element);
    }, 0);
    return () => {
      clearTimeout(draw);
      resize.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} />;
}
